// SPDX-License-Identifier: Apache-2.0
// The web portal's end-to-end tests: starts the real server on a fresh data folder with the demo
// data, opens Debian's Chromium through playwright-core, and runs every *.test.mjs here in turn.
//   node tests/run.mjs --server PATH/worknation-server --web PATH/web --vocabulary JSON [--only NAME]
// WN_SCREENSHOT_DIR=DIR keeps a screenshot of each page looked at; WN_CHROMIUM names the browser.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { Context } from "./support.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
    options: { server: { type: "string" }, web: { type: "string" }, vocabulary: { type: "string" }, only: { type: "string" } },
});
if (!args.server || !args.web || !args.vocabulary) {
    console.error("usage: node tests/run.mjs --server PATH --web PATH --vocabulary JSON [--only NAME]");
    process.exit(2);
}

function freePort() {
    return new Promise((resolve, reject) => {
        const probe = createServer();
        probe.once("error", reject);
        probe.listen(0, "127.0.0.1", () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

async function waitForServer(base, server) {
    for (let i = 0; i < 200; ++i) {
        if (server.exitCode !== null)
            throw new Error(`the server exited with ${server.exitCode}`);
        try {
            const answer = await fetch(`${base}/readyz`);
            if (answer.ok)
                return;
        } catch {
            // not listening yet
        }
        await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error("the server did not become ready in 20 s");
}

const data = mkdtempSync(join(tmpdir(), "wn-web-"));
const env = { ...process.env, WN_WEB_ROOT: args.web, WN_LOG_ACCESS: "false", QT_LOGGING_RULES: "*.info=false" };
const seeded = spawnSync(args.server, ["seed-demo", "--data-dir", data], { env, encoding: "utf8" });
if (seeded.status !== 0) {
    console.error(seeded.stdout, seeded.stderr);
    process.exit(1);
}
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(args.server, ["serve", "--data-dir", data, "--listen", `127.0.0.1:${port}`], { env, stdio: ["ignore", "ignore", "pipe"] });
let serverLog = "";
server.stderr.on("data", (chunk) => (serverLog = (serverLog + chunk).slice(-20000)));

let browser;
let failures = 0;
try {
    await waitForServer(base, server);
    browser = await chromium.launch({
        executablePath: process.env.WN_CHROMIUM || "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });
    const shots = process.env.WN_SCREENSHOT_DIR;
    if (shots)
        mkdirSync(shots, { recursive: true });
    const files = readdirSync(here).filter((name) => name.endsWith(".test.mjs") && (!args.only || name.includes(args.only))).sort();
    for (const file of files) {
        const suite = await import(join(here, file));
        for (const [name, test] of Object.entries(suite)) {
            const context = new Context({ base, browser, data, shots, web: args.web, vocabularyFile: args.vocabulary });
            const started = Date.now();
            try {
                await test(context);
                context.finish();
                console.log(`PASS ${file} ${name} (${Date.now() - started} ms)`);
            } catch (error) {
                failures += 1;
                console.log(`FAIL ${file} ${name}: ${error.stack ?? error}`);
                await context.keepFailure(`${file}-${name}`);
            } finally {
                await context.close();
            }
        }
    }
} catch (error) {
    failures += 1;
    console.log(`FAIL setting up: ${error.stack ?? error}`);
} finally {
    await browser?.close();
    server.kill("SIGTERM");
    await new Promise((r) => server.exitCode !== null ? r() : server.once("exit", r));
    if (failures)
        console.log("server log (tail):\n" + serverLog.slice(-4000));
    rmSync(data, { recursive: true, force: true });
}
console.log(failures ? `${failures} failed` : "all passed");
process.exit(failures ? 1 : 0);
