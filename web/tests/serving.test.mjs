// SPDX-License-Identifier: Apache-2.0
// How the server sends the portal: cached, compressed, under a strict policy, and within budget.
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { check } from "./support.mjs";

async function get(context, path, headers = {}) {
    const answer = await fetch(context.base + path, { headers, redirect: "manual" });
    return { status: answer.status, headers: answer.headers, body: Buffer.from(await answer.arrayBuffer()) };
}

/** fetch() decodes what it is sent; these read the bytes as they came, by asking node's http. */
import { request } from "node:http";
function raw(context, path, headers = {}) {
    return new Promise((resolve, reject) => {
        const req = request(context.base + path, { headers }, (res) => {
            const chunks = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on("error", reject);
        req.end();
    });
}

function assets(html) {
    return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

export async function shellForEveryPage(context) {
    for (const path of ["/", "/jobs", "/applications", "/jobs/no-such-job"]) {
        const page = await get(context, path);
        check(page.status === 200, `${path} answers 200 (got ${page.status})`);
        check(page.headers.get("content-type").startsWith("text/html"), `${path} is the HTML shell`);
        check(page.body.includes('<div id="app">'), `${path} carries the app's root`);
        check(page.headers.get("cache-control") === "no-cache", `${path} is revalidated, not kept`);
    }
    check((await get(context, "/assets/missing-0000.js")).status === 404, "a missing asset is 404, not the shell");
    check((await get(context, "/api/v1/no-such-route")).status === 404, "an unknown API route stays the API's 404");
    const api = await get(context, "/api/v1/jobs/landing");
    check(api.headers.get("content-type").startsWith("application/json"), "the API still answers JSON beside the portal");
    const docs = await get(context, "/openapi.json");
    check(docs.status === 200 && docs.headers.get("content-type").startsWith("application/json"), "the server's own pages win over the shell");
}

export async function hashedAssetsAreImmutableAndCompressed(context) {
    const shell = (await get(context, "/")).body.toString();
    const files = assets(shell);
    check(files.length >= 2, "the shell names its script and style sheet");
    let gzipTotal = 0;
    for (const file of files) {
        const plain = await raw(context, file);
        check(plain.status === 200, `${file} is served`);
        check(/max-age=31536000/.test(plain.headers["cache-control"]) && /immutable/.test(plain.headers["cache-control"]), `${file} is cached for a year as immutable`);
        check(!plain.headers["content-encoding"], `${file} comes plain to a client that takes no encoding`);
        const br = await raw(context, file, { "Accept-Encoding": "gzip, deflate, br" });
        check(br.headers["content-encoding"] === "br", `${file} comes as Brotli to a browser that takes it`);
        check(brotliDecompressSync(br.body).equals(plain.body), `${file}'s Brotli copy is the same file`);
        check(br.headers.vary === "Accept-Encoding", `${file} says it varies by Accept-Encoding`);
        const gz = await raw(context, file, { "Accept-Encoding": "gzip, br;q=0" });
        check(gz.headers["content-encoding"] === "gzip", `${file} comes as gzip when Brotli is refused`);
        check(gunzipSync(gz.body).equals(plain.body), `${file}'s gzip copy is the same file`);
        check(gz.headers.etag !== br.headers.etag && gz.headers.etag !== plain.headers.etag, "each encoding has its own ETag");
        gzipTotal += gz.body.length;
    }
    check(gzipTotal < 100 * 1024, `the first load's JavaScript and CSS weigh under 100 KB gzipped (${(gzipTotal / 1024).toFixed(1)} KB)`);
}

export async function revalidatedByEtag(context) {
    const first = await raw(context, "/jobs", { "Accept-Encoding": "br" });
    const etag = first.headers.etag;
    check(etag, "the shell has an ETag");
    const again = await raw(context, "/jobs", { "Accept-Encoding": "br", "If-None-Match": etag });
    check(again.status === 304 && again.body.length === 0, "asking again with its ETag gets 304 and no body");
    check(again.headers.etag === etag, "the 304 repeats the ETag");
    const other = await raw(context, "/jobs", { "Accept-Encoding": "br", "If-None-Match": '"something-else"' });
    check(other.status === 200, "another ETag gets the page");
}

export async function strictPolicy(context) {
    const page = await raw(context, "/jobs");
    const policy = page.headers["content-security-policy"] ?? "";
    check(/default-src 'self'/.test(policy) && /script-src 'self'(;|$)/.test(policy), "scripts only from the portal itself");
    check(!/unsafe-inline|unsafe-eval/.test(policy), "no inline scripts or eval allowed");
    check(/frame-ancestors 'none'/.test(policy) && /object-src 'none'/.test(policy), "no framing, no plugins");
    check(page.headers["x-content-type-options"] === "nosniff", "types are not sniffed");
    check(!/<script>/.test(page.body.toString()), "the shell has no inline script for the policy to refuse");
}

export async function jobLinksShowTheJob(context) {
    const jobs = await (await fetch(`${context.base}/api/v1/jobs/landing?limit=1`)).json();
    const job = jobs.data[0];
    const page = (await get(context, `/jobs/${job.slug}`)).body.toString();
    const escaped = job.title.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
    check(page.includes(`<meta property="og:title" content="${escaped}">`), "a shared job link carries the job's title for its preview");
    check(page.includes(`<title>${escaped} · Worknation</title>`), "the page's title is the job's");
    check(/<meta property="og:description" content="[^"]+">/.test(page), "and a description");
    const none = (await get(context, "/jobs/no-such-job")).body.toString();
    check(!none.includes("og:title") && none.includes("<title>Worknation</title>"), "an unknown job keeps the plain shell");
}
