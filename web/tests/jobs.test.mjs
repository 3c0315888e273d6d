// SPDX-License-Identifier: Apache-2.0
// A visitor looks for work on a phone: searches, filters, opens a job and is asked to sign in to apply;
// the search box follows the address back and forward.
import { check, desktop, phone } from "./support.mjs";

export async function searchAndOpenAJob(context) {
    const page = await context.page(phone);
    await page.goto("/");
    await page.waitForURL("**/jobs");
    await page.getByRole("heading", { name: "Jobs", level: 1 }).waitFor();
    await page.getByRole("status").filter({ hasText: /jobs?$/ }).waitFor();
    await context.accessible(page, "the job search");
    await context.snapshot(page, "jobs-phone");

    await page.getByLabel("What").fill("Qt");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/q=Qt/);
    const first = page.getByRole("listitem").getByRole("link").first();
    await first.waitFor();
    const title = await first.textContent();
    check(/qt/i.test(title), `the first result matches the word (${title})`);

    await first.click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.waitForFunction((t) => document.title.startsWith(t), title);
    check(await page.getByText(/₦[\d,]+ – ₦[\d,]+ a month/).first().isVisible(), "the pay reads as the desktop client writes it");
    await context.accessible(page, "a job's page");
    await context.snapshot(page, "job-phone");
    await page.getByRole("link", { name: "Sign in to apply" }).click();
    await page.waitForURL(/\/login\?next=/);

    await page.goBack();
    await page.goBack();
    await page.getByRole("heading", { name: "Jobs", level: 1 }).waitFor();
    check(await page.getByLabel("What").inputValue() === "Qt", "going back restores the search");

    // Back once more, to every job: the box no longer names a search whose results are gone.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === "/jobs" && !url.search.includes("q="));
    await page.getByRole("status").filter({ hasText: /\d+ jobs$/ }).waitFor();
    check(await page.getByLabel("What").inputValue() === "", "the search box follows the address back");
    await page.goForward();
    await page.waitForURL(/q=Qt/);
    await page.waitForFunction(() => document.querySelector("input[name=q]")?.value === "Qt");
}

export async function filtersLiveInTheAddress(context) {
    const page = await context.page(desktop);
    await page.goto("/jobs?job_type=contract");
    await page.getByRole("status").filter({ hasText: /jobs?$|No job/ }).waitFor();
    check(await page.getByLabel("Type").inputValue() === "contract", "the address's filter is chosen");
    const shown = await page.locator(".card .meta").first().textContent();
    check(/Contract/.test(shown), `the jobs shown are contracts (${shown})`);
    const option = await page.getByLabel("Type").locator("option[value=contract]").textContent();
    check(/\(\d+\)$/.test(option), `the type filter counts the jobs of each type (${option})`);
    await page.getByLabel("Type").selectOption("");
    await page.waitForURL((url) => !url.search.includes("job_type"));
    await context.snapshot(page, "jobs-desktop");
}

export async function unknownPagesSaySo(context) {
    const page = await context.page(phone);
    await page.goto("/jobs/no-such-job");
    await page.getByRole("heading", { name: "Job not found" }).waitFor();
    await page.goto("/no/such/page");
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
}
