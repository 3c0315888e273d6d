// SPDX-License-Identifier: Apache-2.0
// How long the web portal takes to become usable on a low-end phone's network: Chromium throttled
// to 400 kbit/s each way with 400 ms of latency, a new visitor (empty cache) opening the job
// search, and the same visitor coming back (cache kept). Prints one line per figure.
//   node bench/web_load.mjs [--server build/release/server/worknation-server]
//        [--web build/release/share/worknation/web] [--runs 5]
// "Interactive" is when the first page of jobs is on screen with the search form usable: the
// portal's own first paint of content, after its script, style sheet and the API answer arrive.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const require = createRequire(new URL("../web/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const { values: args } = parseArgs({
    options: {
        server: { type: "string", default: "build/dev/server/worknation-server" },
        web: { type: "string", default: "build/dev/share/worknation/web" },
        runs: { type: "string", default: "5" },
    },
});
const runs = Number(args.runs);
const network = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address();
        probe.close(() => resolve(port));
    });
});
const data = mkdtempSync(join(tmpdir(), "wn-webbench-"));
const env = { ...process.env, WN_WEB_ROOT: args.web, WN_LOG_ACCESS: "false" };
spawnSync(args.server, ["seed-demo", "--data-dir", data], { env, stdio: "ignore" });
const server = spawn(args.server, ["serve", "--data-dir", data, "--listen", `127.0.0.1:${port}`], { env, stdio: "ignore" });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 100; ++i) {
    try {
        if ((await fetch(`${base}/readyz`)).ok)
            break;
    } catch {
        await new Promise((r) => setTimeout(r, 100));
    }
}

const browser = await chromium.launch({
    executablePath: process.env.WN_CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});

/** One visit: milliseconds until the jobs show, and the bytes that crossed the network. */
async function visit(page, cdp) {
    let bytes = 0;
    const count = (event) => (bytes += event.encodedDataLength);
    cdp.on("Network.loadingFinished", count);
    const started = performance.now();
    await page.goto(`${base}/jobs`, { waitUntil: "commit" });
    await page.locator(".card").first().waitFor({ timeout: 120_000 });
    await page.getByLabel("What").waitFor();
    const interactive = performance.now() - started;
    cdp.off("Network.loadingFinished", count);
    return { interactive, bytes };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const first = [];
const again = [];
for (let i = 0; i < runs; ++i) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", network);
    first.push(await visit(page, cdp));
    again.push(await visit(page, cdp));
    await context.close();
}
await browser.close();
server.kill("SIGTERM");
rmSync(data, { recursive: true, force: true });

const kb = (n) => (n / 1024).toFixed(1);
console.log(`web portal, 400 kbit/s and 400 ms latency, phone window, ${runs} runs (median)`);
console.log(`  first visit: interactive in ${(median(first.map((r) => r.interactive)) / 1000).toFixed(2)} s, ${kb(median(first.map((r) => r.bytes)))} KB over the network`);
console.log(`  next visit:  interactive in ${(median(again.map((r) => r.interactive)) / 1000).toFixed(2)} s, ${kb(median(again.map((r) => r.bytes)))} KB over the network`);
