// SPDX-License-Identifier: Apache-2.0
// After Vite: writes a gzip and a Brotli copy beside every text file the server sends (it picks
// one by Accept-Encoding), and fails the build when the first load (the JavaScript and CSS that
// index.html pulls in) weighs more than the budget compressed.
import { readFileSync, writeFileSync, readdirSync, statSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const out = process.env.WN_WEB_OUT ?? "dist";
const budget = 100 * 1024;
const compressible = /\.(js|css|html|svg|json|txt|webmanifest)$/;

function* files(dir) {
    for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory())
            yield* files(path);
        else
            yield path;
    }
}

for (const path of [...files(out)]) {
    if (path.endsWith(".gz") || path.endsWith(".br"))
        rmSync(path);
}

const sizes = new Map();
for (const path of [...files(out)]) {
    if (!compressible.test(path))
        continue;
    const bytes = readFileSync(path);
    const gz = gzipSync(bytes, { level: 9 });
    const br = brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
    if (gz.length < bytes.length)
        writeFileSync(path + ".gz", gz);
    if (br.length < bytes.length)
        writeFileSync(path + ".br", br);
    sizes.set("/" + relative(out, path), { raw: bytes.length, gzip: gz.length, brotli: br.length });
}

// What the first page load fetches: index.html's scripts, style sheets and preloaded modules,
// and the modules those import statically.
const html = readFileSync(join(out, "index.html"), "utf8");
const first = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
for (const asset of [...first]) {
    if (!asset.endsWith(".js"))
        continue;
    const code = readFileSync(join(out, asset), "utf8");
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g))
        first.add("/assets/" + m[1]);
}
let gzip = 0;
let brotli = 0;
for (const asset of first) {
    gzip += sizes.get(asset)?.gzip ?? 0;
    brotli += sizes.get(asset)?.brotli ?? 0;
}
const kb = (n) => (n / 1024).toFixed(1) + " KB";
console.log(`web: first load ${first.size} files, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(budget)} gzip)`);
if (gzip > budget) {
    console.error(`web: the first load is over budget: ${kb(gzip)} > ${kb(budget)}`);
    process.exit(1);
}
