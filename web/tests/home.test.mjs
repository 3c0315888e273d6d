// SPDX-License-Identifier: Apache-2.0
// The talent's Home, as the desktop client's: the figures the server counts, the profile's
// completion with its next step, and the applications by status.
import { check, demo, desktop, phone } from "./support.mjs";
import { newTalent, words } from "./talents.mjs";

async function figureOf(page, label) {
    const figure = page.getByRole("link").filter({ hasText: label });
    return Number(await figure.locator(".figure-value").textContent());
}

export async function homeShowsTheTalentsFigures(context) {
    const page = await context.page(desktop);
    await context.signIn(page, demo.talent, "/jobs");
    // The portal's own address leads a signed-in talent home; the header offers it too.
    await page.goto("/");
    await page.waitForURL(/\/home$/);
    await page.getByRole("heading", { name: "Home", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Applications sent" }).waitFor();

    const { token } = await context.token(demo.talent);
    const figures = await context.api("GET", "/api/v1/talents/me/dashboard", { token });
    check(await figureOf(page, "Applications sent") === figures.applications.total, "the applications sent are the server's");
    check(await figureOf(page, "Recommended jobs") === figures.recommended_jobs, "the recommended jobs are the server's");
    check(await figureOf(page, "Open jobs to apply for") === figures.open_jobs_not_applied, "the open jobs are the server's");
    check(await figureOf(page, "Assessments taken") === figures.assessments_taken, "the assessments taken are the server's");
    check(await figureOf(page, "Unread notifications") === figures.unread_notifications, "the unread notifications are the server's");
    await page.getByRole("heading", { name: `Profile ${figures.profile_completion}% complete` }).waitFor();
    if (figures.next_profile_step)
        await page.getByText(`${figures.next_profile_step.label}, under`).waitFor();

    // Each status the talent's applications are in, in the desktop client's words, with its count.
    const labels = words(context).status;
    const statuses = Object.entries(figures.applications.by_status);
    check(statuses.length > 0, "the demo talent has applications");
    for (const [status, count] of statuses) {
        const row = page.locator(".bar-row").filter({ has: page.getByRole("link", { name: labels[status], exact: true }) });
        check(Number(await row.locator(".bar-count").textContent()) === count, `${count} applications ${status}`);
    }
    await context.accessible(page, "the talent's home");
    await context.snapshot(page, "home-desktop");

    // A figure leads to its page.
    await page.getByRole("link", { name: "Applications sent" }).click();
    await page.waitForURL(/\/applications$/);
}

export async function aNewTalentsHomeSaysWhatToDoNext(context) {
    const talent = await newTalent(context, "Ngozi");
    const page = await context.page(phone);
    await context.signIn(page, talent, "/home");
    await page.getByRole("heading", { name: "Home", level: 1 }).waitFor();
    await page.getByText("You have not applied for a job yet.").waitFor();
    check(await figureOf(page, "Applications sent") === 0, "no application yet");
    check(await figureOf(page, "Assessments taken") === 0, "no assessment yet");
    const { token } = await context.token(talent);
    const figures = await context.api("GET", "/api/v1/talents/me/dashboard", { token });
    check(figures.next_profile_step, "a new profile has a next step");
    await page.getByText(`Next: ${figures.next_profile_step.label}, under your profile`).waitFor();
    await context.accessible(page, "a new talent's home");
    await context.snapshot(page, "home-phone");
    await page.getByRole("link", { name: "your profile" }).click();
    await page.waitForURL(/\/profile$/);
}
