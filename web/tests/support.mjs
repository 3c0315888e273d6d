// SPDX-License-Identifier: Apache-2.0
// What every end-to-end test gets: pages on a phone or a desktop window that fail the test on a
// script error or a Content-Security-Policy violation, the demo logins, the server's API, the
// mail outbox, the accessibility check and screenshots.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };
export const demo = {
    talent: { email: "talent@demo.worknation.test", password: "Talent#2026" },
    employer: { email: "employer@demo.worknation.test", password: "Employer#2026" },
    admin: { email: "admin@demo.worknation.test", password: "Admin#2026" },
};

export function check(condition, what) {
    if (!condition)
        throw new Error(`expected: ${what}`);
}

/** A mail with its body as the text it carries (the server sends it base64 or quoted-printable). */
function decodeMail(mail) {
    const split = mail.search(/\r?\n\r?\n/);
    if (split < 0)
        return mail;
    const head = mail.slice(0, split);
    const body = mail.slice(split).trim();
    const encoding = head.match(/^Content-Transfer-Encoding:\s*(\S+)/mi)?.[1]?.toLowerCase();
    let text = body;
    if (encoding === "base64")
        text = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    else if (encoding === "quoted-printable")
        text = Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
    return `${head}\n\n${text}`;
}

export class Context {
    constructor({ base, browser, data, shots, web, vocabularyFile }) {
        this.base = base;
        this.web = web;
        this.vocabularyFile = vocabularyFile;
        this.browser = browser;
        this.data = data;
        this.shots = shots;
        this.contexts = [];
        this.problems = [];
        this.lastPage = null;
    }

    /** A new browser window of @p viewport, with nobody signed in. */
    async page(viewport = phone) {
        const context = await this.browser.newContext({ viewport, baseURL: this.base, locale: "en-GB" });
        this.contexts.push(context);
        const page = await context.newPage();
        page.setDefaultTimeout(10000);
        page.on("pageerror", (error) => this.problems.push(`script error: ${error.message}`));
        page.on("console", (message) => {
            if (message.type() === "error" && /Content Security Policy|Refused to/.test(message.text()))
                this.problems.push(`policy violation: ${message.text()}`);
        });
        this.lastPage = page;
        return page;
    }

    /** Signs in through the portal's own form, as a person does. */
    async signIn(page, who = demo.talent, next = "") {
        await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
        await page.getByLabel("Email").fill(who.email);
        await page.getByLabel("Password").fill(who.password);
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.waitForURL((url) => url.pathname !== "/login");
    }

    /** The server's API, as another client (an employer's desktop client, say) calls it. */
    async api(method, path, { token, body } = {}) {
        const headers = { "Content-Type": "application/json" };
        if (token)
            headers.Authorization = `Bearer ${token}`;
        const answer = await fetch(this.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
        const text = await answer.text();
        const json = text ? JSON.parse(text) : null;
        if (!answer.ok)
            throw new Error(`${method} ${path}: ${answer.status} ${text}`);
        return json;
    }

    async token(who, kind = "talent") {
        const answer = await this.api("POST", `/api/v1/auth/login/${kind}`, { body: { email: who.email, password: who.password } });
        return { token: answer.access_token, user: answer.user };
    }

    /** The newest mail to @p email in the server's outbox, as text. */
    newestMail(email) {
        const folder = join(this.data, "outbox");
        const mails = readdirSync(folder)
            .map((name) => join(folder, name))
            .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs || b.localeCompare(a))
            .map((path) => readFileSync(path, "utf8"))
            .filter((text) => new RegExp(`^To:.*${email.replace(/[.+]/g, "\\$&")}`, "mi").test(text));
        return mails[0] ? decodeMail(mails[0]) : null;
    }

    /** The six-digit code in the newest mail to @p email. */
    mailedCode(email) {
        const mail = this.newestMail(email);
        check(mail, `a mail to ${email}`);
        // In the text, not the headers (a date or an id may hold six digits too).
        const code = mail.slice(mail.search(/\n\n/)).match(/\b(\d{6})\b/);
        check(code, `a six-digit code in the mail to ${email}`);
        return code[1];
    }

    /** axe-core on the page as it is: no serious or critical finding. */
    async accessible(page, what) {
        const findings = await page.evaluate(async (source) => {
            if (!window.axe)
                (0, eval)(source);
            const result = await window.axe.run(document, { resultTypes: ["violations"] });
            return result.violations
                .filter((v) => v.impact === "serious" || v.impact === "critical")
                .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")})`);
        }, axeSource);
        check(findings.length === 0, `no serious accessibility findings on ${what}:\n  ${findings.join("\n  ")}`);
    }

    /** Keeps a picture of @p page as @p name.png when screenshots are asked for. */
    async snapshot(page, name) {
        if (this.shots)
            await page.screenshot({ path: join(this.shots, `${name}.png`) });
    }

    async keepFailure(name) {
        if (this.lastPage && this.shots)
            await this.lastPage.screenshot({ path: join(this.shots, `FAILED-${name}.png`) }).catch(() => {});
    }

    /** Fails the test for any script error or policy violation a page met. */
    finish() {
        check(this.problems.length === 0, `no script errors or policy violations:\n  ${this.problems.join("\n  ")}`);
    }

    async close() {
        for (const context of this.contexts)
            await context.close().catch(() => {});
    }
}
