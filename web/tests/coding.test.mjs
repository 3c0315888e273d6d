// SPDX-License-Identifier: Apache-2.0
// The demo employer invites a new talent to a small coding challenge; the talent solves it on a
// phone: empty code is refused next to the editor, a first try prints the wrong answer on the
// sample and, submitted, fails the hidden case too; a syntax error shows Python's complaint; the
// right program passes; each language keeps its own code and a reload loses none of it; the
// right submission is judged and scored on every case, and the past submissions show both. On a
// desktop the list then shows the challenge solved with its score, and another talent opening
// the mailed link is told whose invitation it is.
import { check, demo, desktop, phone } from "./support.mjs";
import { mailed, newTalent } from "./talents.mjs";

const judged = { timeout: 60000 };

async function challengeFor(context, talent) {
    const { token } = await context.token(demo.employer, "employer");
    const language = async (name) => (await context.api("GET", `/api/v1/coding-languages/by-name/${encodeURIComponent(name)}`, { token })).id;
    const title = `Difference of two numbers ${Date.now()}`;
    const challenge = await context.api("POST", "/api/v1/coding-challenges", {
        token,
        body: {
            title,
            description: "Read two whole numbers on one line and print the first minus the second.",
            difficulty: "easy",
            language_ids: [await language("Python 3"), await language("C")],
            test_cases: [
                { input: "9 4\n", expected_output: "5\n", is_sample: true },
                { input: "3 10\n", expected_output: "-7\n", is_sample: false, weight: 2 },
            ],
        },
    });
    await context.api("POST", `/api/v1/coding-challenges/${challenge.id}/invitations`, { token, body: { emails: [talent.email] } });
    const link = new URL(await mailed(context, talent.email, /(https?:\/\/\S+\/coding\/invitation\?token=[^\s"<>]+)/));
    return { id: challenge.id, title, link: link.pathname + link.search };
}

export async function solveAChallengeOnAPhoneThenSeeItOnADesktop(context) {
    const talent = await newTalent(context, "Tobi");
    const challenge = await challengeFor(context, talent);

    // The mailed link opens the challenge once the talent has signed in.
    const page = await context.page(phone);
    await page.goto(challenge.link);
    await page.waitForURL(/\/login\?next=/);
    await context.signIn(page, talent, challenge.link);
    await page.waitForURL(new RegExp(`/coding/${challenge.id}$`));
    await page.getByRole("heading", { name: challenge.title, level: 1 }).waitFor();
    await page.goto("/coding/invitation?token=1.2.not-signed");
    await page.getByRole("heading", { name: "This link does not work", level: 1 }).waitFor();

    // The challenges are in the header's "More" menu.
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("link", { name: "Coding challenges", exact: true }).click();
    await page.getByRole("heading", { name: "Coding challenges", level: 1 }).waitFor();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: challenge.title }) });
    await card.getByText("Not submitted yet").waitFor();
    await context.accessible(page, "the coding challenges");
    await context.snapshot(page, "coding-challenges-phone");

    await card.getByRole("link", { name: /^Solve/ }).click();
    await page.waitForURL(new RegExp(`/coding/${challenge.id}$`));
    await page.getByRole("heading", { name: challenge.title, level: 1 }).waitFor();
    await page.getByText("1 sample case shown, 1 hidden", { exact: false }).waitFor();
    const language = page.getByLabel("Language");
    const offered = await language.locator("option").allTextContents();
    const python = offered.find((text) => /^Python 3 \(/.test(text));
    const c = offered.find((text) => /^C \(/.test(text));
    check(offered.length === 2 && python && c, `the challenge's languages are offered with their versions (${offered})`);
    const editor = page.getByLabel("Your code");
    const first = await language.locator("option:checked").textContent();
    check(first === offered[0], "the first language is chosen");
    check((await editor.inputValue()).includes(first === c ? "#include <stdio.h>" : "sys.stdin"), "the editor starts from its template");
    await language.selectOption({ label: python });
    await page.waitForFunction(() => document.querySelector("textarea.code")?.value.includes("sys.stdin"));
    await page.getByText("You have not submitted yet", { exact: false }).waitFor();
    await context.accessible(page, "a coding challenge");

    // Tab indents in the editor; Escape then Tab leaves it.
    await editor.fill("a, b = map(int, input().split())\nif a:\n");
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Tab");
    await page.keyboard.type("print(b - a)");
    check(await editor.inputValue() === "a, b = map(int, input().split())\nif a:\n    print(b - a)", "Tab inserts four spaces");
    check(await editor.evaluate((area) => area === document.activeElement), "Tab keeps the keyboard in the editor");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Tab");
    check(await editor.evaluate((area) => area !== document.activeElement), "Escape then Tab leaves the editor");

    // No code at all: the server's refusal shows under the editor, which takes the focus.
    await editor.fill("");
    await page.getByRole("button", { name: "Run on the sample cases" }).click();
    const codeField = page.locator(".field", { has: editor });
    await codeField.locator(".field-error").filter({ hasText: "source_code" }).waitFor();
    check(await editor.getAttribute("aria-invalid") === "true", "the editor is marked invalid");
    await page.waitForFunction(() => document.activeElement?.tagName === "TEXTAREA");

    // The numbers the wrong way round: the sample tells.
    const wrong = "a, b = map(int, input().split())\nprint(b - a)\n";
    await editor.fill(wrong);
    check(await codeField.locator(".field-error").count() === 0, "writing clears the editor's problem");
    await page.getByRole("button", { name: "Run on the sample cases" }).click();
    const status = page.getByRole("status").filter({ hasText: "Run on the sample cases:" });
    await status.filter({ hasText: "Wrong Answer" }).waitFor(judged);
    check((await status.textContent()).includes("0 of 1 cases passed"), "the run says how many cases passed");
    const sample = page.locator(".case").first();
    check((await sample.getByRole("heading", { level: 3 }).textContent()) === "Case 1 (sample): Wrong Answer", "the sample case's verdict shows");
    check((await sample.locator(".output", { hasText: "Your output" }).locator("pre").textContent()).trim() === "-5", "what the program printed shows");
    check((await sample.locator(".output", { hasText: "Expected output" }).locator("pre").textContent()).trim() === "5", "what was expected shows");
    check(/\d+ ms CPU( · \d+ ms in all)? · \d+ KB memory/.test(await sample.locator(".meta").first().textContent()), "the time and memory show");
    await context.accessible(page, "a wrong answer");
    await context.snapshot(page, "coding-wrong-answer-phone");

    // Submitted anyway, it fails the hidden case too, and scores nothing.
    await page.getByRole("button", { name: "Submit" }).click();
    const verdict = page.getByRole("status").filter({ hasText: "Submission:" });
    await verdict.filter({ hasText: "Wrong Answer" }).waitFor(judged);
    check((await verdict.textContent()).includes("score 0 of 3 · 0 of 2 cases passed"), `the score shows (${await verdict.textContent()})`);
    check((await page.locator(".case").nth(1).getByRole("heading", { level: 3 }).textContent()) === "Case 2 (hidden): Wrong Answer", "the hidden case's failure shows");
    const past = page.locator(".past .card");
    await past.first().getByText("Wrong Answer").waitFor();

    // A syntax error: Python's complaint shows.
    await editor.fill("a, b = map(int, input().split()\nprint(a - b)\n");
    await page.getByRole("button", { name: "Run on the sample cases" }).click();
    await status.filter({ hasText: "Runtime Error (NZEC)" }).waitFor(judged);
    check((await sample.locator(".output", { hasText: "Errors (stderr)" }).textContent()).includes("SyntaxError"), "the error output shows Python's SyntaxError");

    // The right program passes the sample.
    const solution = "a, b = map(int, input().split())\nprint(a - b)\n";
    await editor.fill(solution);
    await page.getByRole("button", { name: "Run on the sample cases" }).click();
    await status.filter({ hasText: "Accepted" }).waitFor(judged);
    check((await sample.getByRole("heading", { level: 3 }).textContent()) === "Case 1 (sample): Accepted", "the sample case is accepted");

    // Each language keeps its own code: C starts from its template, Python's code waits.
    await language.selectOption({ label: c });
    await page.waitForFunction(() => document.querySelector("textarea.code")?.value.includes("#include <stdio.h>"));
    const inC = "#include <stdio.h>\nint main(void) { int a, b; scanf(\"%d %d\", &a, &b); printf(\"%d\\n\", a - b); }\n";
    await editor.fill(inC);
    await language.selectOption({ label: python });
    await page.waitForFunction((code) => document.querySelector("textarea.code")?.value === code, solution);

    // A reload loses nothing: the language, its code, the other language's code, the last run.
    await page.reload();
    await page.getByRole("heading", { name: challenge.title, level: 1 }).waitFor();
    await status.filter({ hasText: "Accepted" }).waitFor();
    check(await editor.inputValue() === solution, "the code written survives a reload");
    check(/^Python 3/.test(await language.locator("option:checked").textContent()), "the language chosen survives a reload");
    await language.selectOption({ label: c });
    await page.waitForFunction((code) => document.querySelector("textarea.code")?.value === code, inC);
    await language.selectOption({ label: python });
    await page.waitForFunction((code) => document.querySelector("textarea.code")?.value === code, solution);

    // Another tab of the same browser (or the next visit) finds the same code, as the page says.
    const promise = await page.locator(".solve .meta").first().textContent();
    check(/kept in this browser/.test(promise) && !/this tab|close it/.test(promise), `the page says where the code is kept (${promise})`);
    const tab = await page.context().newPage();
    await tab.goto(page.url());
    await tab.getByRole("heading", { name: challenge.title, level: 1 }).waitFor();
    await tab.waitForFunction((code) => document.querySelector("textarea.code")?.value === code, solution);
    check(/^Python 3/.test(await tab.getByLabel("Language").locator("option:checked").textContent()), "another tab has the language chosen");
    await tab.close();

    await page.getByRole("button", { name: "Submit" }).click();
    await verdict.filter({ hasText: "Accepted" }).waitFor(judged);
    check((await verdict.textContent()).includes("score 3 of 3 · 2 of 2 cases passed"), `the score shows (${await verdict.textContent()})`);
    const hidden = page.locator(".case").nth(1);
    check((await hidden.getByRole("heading", { level: 3 }).textContent()) === "Case 2 (hidden): Accepted", "the hidden case's verdict shows");
    check(await hidden.locator("pre").count() === 0, "a hidden case shows nothing of what it holds");
    await context.accessible(page, "a submission judged");
    await context.snapshot(page, "coding-submitted-phone");

    // Both submissions are listed, newest first; the earlier one's verdicts open again.
    await past.nth(1).waitFor();
    check(await past.count() === 2, "two submissions are listed");
    check((await past.first().getByRole("heading", { level: 3 }).textContent()).endsWith("Accepted"), "the newest is first");
    check((await past.first().locator(".meta").textContent()).includes("score 3 of 3 · 2 of 2 cases passed"), "its score shows");
    check((await past.nth(1).locator(".meta").textContent()).includes("score 0 of 3 · 0 of 2 cases passed"), "the first one's score shows");
    await past.nth(1).getByRole("button", { name: /^See its verdicts/ }).click();
    await verdict.filter({ hasText: "Wrong Answer" }).waitFor();
    check(await page.locator(".verdict").evaluate((box) => box === document.activeElement), "the verdicts shown take the focus");
    const sent = await page.locator(".sent-code pre").textContent();
    check(sent.trim() === wrong.trim(), `the code sent then shows (${JSON.stringify(sent)})`);
    check(await editor.inputValue() === solution, "looking back leaves the editor as it was");
    await context.accessible(page, "a past submission");

    const wide = await context.page(desktop);
    await context.signIn(wide, talent, "/coding");
    const solved = wide.getByRole("listitem").filter({ has: wide.getByRole("heading", { name: challenge.title }) });
    await solved.getByText("Solved").waitFor();
    check(/Your best: Accepted, score 3 of 3/.test(await solved.textContent()), "the best result shows in the list");
    await context.accessible(wide, "the coding challenges on a desktop");
    await context.snapshot(wide, "coding-challenges-desktop");
    await solved.getByRole("link", { name: /^Open again/ }).click();
    await wide.getByRole("heading", { name: challenge.title, level: 1 }).waitFor();
    await wide.locator(".past .card").nth(1).waitFor();
    await wide.getByRole("heading", { name: "Your submissions" }).scrollIntoViewIfNeeded();
    await context.accessible(wide, "a coding challenge on a desktop");
    await context.snapshot(wide, "coding-challenge-desktop");

    // Someone else signed in who opens the mailed link is told it is not theirs.
    const other = await context.page(desktop);
    await context.signIn(other, demo.talent, challenge.link);
    await other.getByRole("heading", { name: "This invitation is for another address", level: 1 }).waitFor();
    check((await other.locator("main").textContent()).includes(talent.email.toLowerCase()), "the invited address shows");
    await context.accessible(other, "another talent's invitation");
    await other.getByRole("button", { name: /^Sign out and sign in as/ }).click();
    await other.waitForURL(/\/login\?next=/);
}
