// SPDX-License-Identifier: Apache-2.0
// A talent checks in to a class by pointing a phone's camera at the code the instructor shows:
// the code carries the portal's check-in address, which the phone opens in its browser.
import { check, demo, desktop, phone } from "./support.mjs";
import { newTalent } from "./talents.mjs";

async function sessionWithTalent(context, talentId) {
    const admin = await context.api("POST", "/api/v1/auth/login", { body: demo.admin });
    const token = admin.access_token;
    const cohort = await context.api("POST", "/api/v1/cohorts", { token, body: { name: `Spreadsheets ${Date.now()}` } });
    await context.api("POST", `/api/v1/cohorts/${cohort.id}/talents`, { token, body: { talent_id: talentId } });
    const hour = 3600 * 1000;
    const session = await context.api("POST", `/api/v1/cohorts/${cohort.id}/sessions`, {
        token,
        body: { title: "Pivot tables", starts_at: new Date(Date.now() - hour).toISOString(), ends_at: new Date(Date.now() + 2 * hour).toISOString() },
    });
    return { token, session: session.id };
}

export async function checkInByTheCodesAddress(context) {
    const who = await newTalent(context, "Halima");
    const { user } = await context.token(who);
    const { token, session } = await sessionWithTalent(context, user.id);
    const code = await context.api("GET", `/api/v1/attendance/sessions/${session}/code`, { token });
    const address = new URL(code.url);
    check(address.pathname === "/check-in" && address.searchParams.get("code") === code.token, "the code carries the portal's check-in address");

    // The phone opens the address; nobody is signed in on it yet.
    const page = await context.page(phone);
    await page.goto(address.pathname + address.search);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel("Email").fill(who.email);
    await page.getByLabel("Password").fill(who.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText(/You are checked in to Pivot tables/).waitFor();
    await page.getByRole("listitem").filter({ hasText: "Pivot tables" }).getByText(/not checked out/).waitFor();
    await context.accessible(page, "the check-in page");
    await context.snapshot(page, "checkin-phone");

    // Scanned again: already in, and the same code checks out.
    await page.reload();
    await page.getByText("You have already checked in to this session").waitFor();
    await page.getByRole("button", { name: "Check out now" }).click();
    await page.getByText(/You are checked out of Pivot tables/).waitFor();
    await page.getByRole("listitem").filter({ hasText: "Pivot tables" }).getByText(/out at/).waitFor();
}

export async function aStaleCodeSaysSo(context) {
    const who = await newTalent(context, "Musa");
    const page = await context.page(desktop);
    await context.signIn(page, who, "/check-in?code=1.2.not-a-real-code");
    await page.getByRole("alert").waitFor();
    check(/token is not a code this server made/.test(await page.getByRole("alert").textContent()), "a wrong code is refused in the server's words");
    await page.goto("/check-in");
    await page.getByText(/point your phone's camera at the code/).waitFor();
    await page.getByText("You have not checked in to any session yet.").waitFor();
    await context.accessible(page, "the attendance page");
    await context.snapshot(page, "checkin-desktop");
}
