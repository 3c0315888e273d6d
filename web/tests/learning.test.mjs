// SPDX-License-Identifier: Apache-2.0
// A talent finds a course in the catalogue, asks to join, and once enrolled follows its progress.
import { check, demo, desktop, phone } from "./support.mjs";
import { newTalent } from "./talents.mjs";

/** A course in the built-in LMS, added as staff add one from the desktop client's console. */
async function course(context, name) {
    const admin = await context.api("POST", "/api/v1/auth/login", { body: demo.admin });
    const token = admin.access_token;
    const category = await context.api("POST", "/api/v1/lms/categories", { token, body: { name: `Data ${Date.now()}` } });
    const made = await context.api("POST", "/api/v1/lms/courses", {
        token,
        body: { category_id: category.id, shortname: `DATA${Date.now() % 100000}`, fullname: name, summary: "From spreadsheets to SQL in six weeks." },
    });
    return { ...made, admin: token };
}

export async function askToJoinAndFollowProgress(context) {
    const name = `Data analysis basics ${Date.now()}`;
    const offered = await course(context, name);
    const talent = await newTalent(context, "Amaka");
    const page = await context.page(phone);
    await context.signIn(page, talent, "/learning");
    await page.getByRole("heading", { name: "Learning", level: 1 }).waitFor();
    await page.getByText("You are not enrolled in a course yet.").waitFor();

    await page.getByLabel("Find a course").fill(name);
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/q=Data/);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await card.waitFor();
    check(/From spreadsheets to SQL/.test(await card.textContent()), "the course's summary shows");
    await context.accessible(page, "the learning page");
    await context.snapshot(page, "learning-phone");

    await card.getByRole("button", { name: `Ask to join ${name}` }).click();
    await page.getByRole("status").filter({ hasText: `You asked to join ${name}` }).waitFor();
    await card.getByText("Pending", { exact: true }).waitFor();
    // The answer takes the keyboard's focus, so that it is read out.
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith("You asked to join"));

    // After a reload the request still shows, and cannot be sent twice.
    await page.reload();
    await card.getByText("Pending", { exact: true }).waitFor();
    check(await card.getByRole("button", { name: `Ask to join ${name}` }).count() === 0, "no second request is offered");

    // Staff approve the request and the course records progress.
    const me = await context.api("POST", "/api/v1/auth/login/talent", { body: talent });
    const requests = await context.api("GET", `/api/v1/lms/enrolment-requests?status=pending&user_id=${me.user.id}`, { token: offered.admin });
    await context.api("POST", `/api/v1/lms/enrolment-requests/${requests.data[0].id}/approve`, { token: offered.admin, body: {} });
    await context.api("PUT", `/api/v1/lms/courses/${offered.id}/learners/${me.user.id}/progress`, { token: offered.admin, body: { progress: 40 } });

    await page.reload();
    const mine = page.locator("#my-courses ~ ul").first().getByRole("listitem").filter({ hasText: name });
    await mine.getByText("40% done").waitFor();
    check(await mine.getByRole("progressbar", { name: `Progress in ${name}` }).getAttribute("value") === "40", "the bar stands at 40");
    await card.getByText("You are enrolled.").waitFor();

    await context.api("PUT", `/api/v1/lms/courses/${offered.id}/learners/${me.user.id}/progress`, { token: offered.admin, body: { completed: true } });
    await page.reload();
    await mine.getByText("On your profile as a verified course").waitFor();
    await context.accessible(page, "the learning page with a course");
}

export async function learningOnADesktop(context) {
    const name = `Spreadsheets for managers ${Date.now()}`;
    await course(context, name);
    const page = await context.page(desktop);
    await context.signIn(page, demo.talent, `/learning?q=${encodeURIComponent(name)}`);
    await page.getByRole("heading", { name }).waitFor();
    check(await page.getByLabel("Find a course").inputValue() === name, "the search lives in the address");
    await context.snapshot(page, "learning-desktop");
}

export async function askAgainAfterADecline(context) {
    const name = `Bookkeeping basics ${Date.now()}`;
    const offered = await course(context, name);
    const talent = await newTalent(context, "Tunde");
    const me = await context.api("POST", "/api/v1/auth/login/talent", { body: talent });
    await context.api("POST", "/api/v1/lms/me/enrolment-requests", { token: me.access_token, body: { course_id: offered.id } });
    const requests = await context.api("GET", `/api/v1/lms/enrolment-requests?status=pending&user_id=${me.user.id}`, { token: offered.admin });
    await context.api("POST", `/api/v1/lms/enrolment-requests/${requests.data[0].id}/decline`, { token: offered.admin, body: { reason: "The course is full" } });

    const page = await context.page(phone);
    await context.signIn(page, talent, `/learning?q=${encodeURIComponent(name)}`);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await card.getByText("Declined", { exact: true }).waitFor();
    await card.getByRole("button", { name: `Ask to join ${name}` }).click();
    await card.getByText("Pending", { exact: true }).waitFor();
}
