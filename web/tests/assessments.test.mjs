// SPDX-License-Identifier: Apache-2.0
// A talent takes an assessment on a phone: answers some questions, reloads the page half way and
// finds the answers kept and the next question shown, finishes, and reads the result and score.
import { check, demo, desktop, phone } from "./support.mjs";
import { newTalent } from "./talents.mjs";

export async function takeResumeAndSeeTheResult(context) {
    const talent = await newTalent(context, "Chidi");
    const page = await context.page(phone);
    await context.signIn(page, talent, "/assessments");
    await page.getByRole("heading", { name: "Assessments", level: 1 }).waitFor();
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Level one questionnaire" }) });
    check(/6 questions · 30 minutes/.test(await card.textContent()), "the card says how long it is");
    await context.accessible(page, "the assessments page");
    await context.snapshot(page, "assessments-phone");

    await card.getByRole("link", { name: /Start or resume/ }).click();
    await page.getByRole("heading", { name: "Level one questionnaire", level: 1 }).waitFor();
    await page.getByText("Question 1 of 6 · 0 answered").waitFor();
    // The heading that comes with the attempt takes the keyboard, as a new page's does.
    await page.waitForFunction(() => document.activeElement?.tagName === "H1");
    check(/\d+:\d\d left/.test(await page.locator(".clock").textContent()), "the time left shows");
    await context.accessible(page, "a question");
    await context.snapshot(page, "assessment-question-phone");

    // Question by question, as it comes: one choice, several, or written.
    const answerShown = async () => {
        const group = page.locator(".question fieldset");
        if (await group.count()) {
            const several = (await group.locator("input[type=checkbox]").count()) > 0;
            await group.getByRole(several ? "checkbox" : "radio").first().check();
            if (several)
                await group.getByRole("checkbox").nth(1).check();
        } else {
            await page.locator(".question textarea").fill("I rebuilt the stock sheet of the shop I work in, so that orders stopped running out.");
            await page.getByRole("button", { name: "Save answer" }).click();
        }
        await page.getByText(/· Saved$/).waitFor();
    };
    await answerShown();
    await page.getByText("1 answered", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await answerShown();
    await page.getByText("Question 2 of 6 · 2 answered").waitFor();
    // On one line beside the count, even once that says "· Saved" too.
    const lines = await page.locator(".clock").evaluate((clock) => Math.round(clock.getBoundingClientRect().height / parseFloat(getComputedStyle(clock).lineHeight)));
    check(lines === 1, `the time left reads on one line on a phone (${lines} lines)`);
    await page.getByRole("button", { name: "Next" }).click();
    const third = await page.locator(".question legend, .question label.question-text").first().textContent();
    // Something written but not saved yet stays as a draft.
    const written = page.locator(".question textarea");
    const drafting = (await written.count()) > 0;
    if (drafting)
        await written.fill("A role where I keep a team's numbers straight");

    await page.reload();
    await page.getByText("Question 3 of 6 · 2 answered").waitFor();
    check(await page.locator(".question legend, .question label.question-text").first().textContent() === third, "a reload goes back to the first question not answered");
    if (drafting)
        check(await written.inputValue() === "A role where I keep a team's numbers straight", "a reload keeps the written draft");
    await page.getByRole("button", { name: "Previous" }).click();
    await page.getByText("Question 2 of 6 · 2 answered").waitFor();
    const kept = page.locator(".question input:checked, .question textarea");
    check((await kept.count()) > 0, "the answer given before the reload is still there");
    await page.getByRole("button", { name: "Next" }).click();

    for (let i = 3; i <= 6; ++i) {
        await answerShown();
        if (i < 6)
            await page.getByRole("button", { name: "Next" }).click();
    }
    await page.getByText("6 answered", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Submit", exact: true }).click();

    await page.waitForURL(/\/assessments\/results\/\d+$/);
    await page.getByRole("heading", { name: "Level one questionnaire: your result", level: 1 }).waitFor();
    check(/^\d+ %/.test(await page.locator(".score").textContent()), "the score shows as a percent");
    await page.getByRole("heading", { name: /^Workplace basics: \d+ %$/ }).waitFor();
    await context.accessible(page, "a result");
    await context.snapshot(page, "assessment-result-phone");

    await page.getByRole("link", { name: "Back to assessments" }).click();
    await card.getByText(/Your latest result: \d+ %/).waitFor();
    await card.getByRole("link", { name: /See the result/ }).waitFor();
}

export async function assessmentsOnADesktop(context) {
    const page = await context.page(desktop);
    await context.signIn(page, demo.talent, "/assessments/culture-fit");
    await page.getByRole("heading", { name: "Culture fit", level: 1 }).waitFor();
    await page.getByRole("radio", { name: "4 · Agree" }).check();
    await page.getByText(/· Saved$/).waitFor();
    await context.accessible(page, "a rated statement");
    await context.snapshot(page, "assessment-question-desktop");
    await page.goto("/assessments/no-such-assessment");
    await page.getByRole("alert").waitFor();
    await page.getByRole("link", { name: "Back to assessments" }).waitFor();
}
