// SPDX-License-Identifier: Apache-2.0
// Links in mails land in the portal: an assessment portal's onboarding link leads a new applicant
// through the invitation mail to choosing a password and on to the test; a staff invitation sets
// the password and says where to work; a link cut short says what to do in plain words.
import { check, demo, phone } from "./support.mjs";
import { mailed, uniqueEmail } from "./talents.mjs";

async function portalKey(context) {
    const { token } = await context.token(demo.employer, "employer");
    const key = await context.api("POST", "/api/v1/api-keys", { token, body: { name: `Portal ${Date.now()}`, scopes: ["assessments.onboard"] } });
    return key.key;
}

export async function anApplicantFollowsTheOnboardingLink(context) {
    const key = await portalKey(context);
    const email = uniqueEmail("applicant");
    const answer = await fetch(`${context.base}/api/v1/assessment-portal/applicants`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Api-Key": key },
        body: JSON.stringify({ email, first_name: "Chidi", last_name: "Okafor", assessment: "personality" }),
    });
    check(answer.status === 201, `the portal adds the applicant (${answer.status})`);
    const link = new URL((await answer.json()).url);
    check(link.pathname === "/assessment-portal/onboarding", "the onboarding link is the web portal's");

    const page = await context.page(phone);
    await page.goto(link.pathname + link.search);
    await page.getByText(`We have mailed ${email} an invitation`).waitFor();
    await context.accessible(page, "the onboarding page before the invitation is accepted");
    await context.snapshot(page, "onboarding-phone");

    const invitation = new URL(await mailed(context, email, /(https?:\/\/\S+\/accept-invite\?token=[^\s"<>]+)/));
    await page.goto(invitation.pathname + invitation.search);
    await page.getByRole("heading", { name: "Choose your password" }).waitFor();
    await page.getByLabel("Password", { exact: true }).fill("Chosen#2026pass");
    await page.getByLabel("The same password again").fill("Chosen#2026pas");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByText("confirm must be the same password").waitFor();
    await context.accessible(page, "the invitation with its problem");
    await page.getByLabel("The same password again").fill("Chosen#2026pass");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.waitForURL("**/profile");

    // Signed in now, the same link leads into the assessment.
    await page.goto(link.pathname + link.search);
    await page.waitForURL("**/assessments/personality");
    await page.getByRole("heading", { level: 1 }).waitFor();
}

export async function aTalentWithAnAccountSignsInFromTheLink(context) {
    const key = await portalKey(context);
    const answer = await fetch(`${context.base}/api/v1/assessment-portal/applicants`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Api-Key": key },
        body: JSON.stringify({ email: demo.talent.email, first_name: "Any", last_name: "Name", assessment: "personality" }),
    });
    const body = await answer.json();
    check(answer.status === 201 && !("account" in body), "the portal is not told that the address has an account");
    const link = new URL(body.url);

    // Signed out, the page offers both ways in: it cannot know which one this person needs.
    const page = await context.page(phone);
    await page.goto(link.pathname + link.search);
    await page.getByText(`This assessment is for ${demo.talent.email}.`).waitFor();
    await page.getByRole("link", { name: "Sign in and start" }).click();
    await page.getByLabel("Email").fill(demo.talent.email);
    await page.getByLabel("Password").fill(demo.talent.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/assessments/personality");
    await page.getByRole("heading", { level: 1 }).waitFor();
}

export async function aBrokenLinkSaysSo(context) {
    const page = await context.page(phone);
    await page.goto("/assessment-portal/onboarding?token=not-a-token");
    await page.getByRole("heading", { name: "This link does not work" }).waitFor();
    await page.getByText(/not valid or has expired/).waitFor();
    await page.goto("/accept-invite?token=1234567890.nothing");
    await page.getByLabel("Password", { exact: true }).fill("Chosen#2026pass");
    await page.getByLabel("The same password again").fill("Chosen#2026pass");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("alert").waitFor();
    check(/invitation is invalid/i.test(await page.getByRole("alert").textContent()), "a forged invitation is refused in the server's words");
}

export async function aLinkCutShortSaysSoInPlainWords(context) {
    // A mail program broke the link: its token is missing or cut short. The person is told what
    // to do, not the server's words about a "token" field.
    const page = await context.page(phone);
    for (const link of ["/assessment-portal/onboarding", "/assessment-portal/onboarding?token=12345", "/accept-invite"]) {
        await page.goto(link);
        await page.getByRole("heading", { name: "This link does not work" }).waitFor();
        const said = await page.getByRole("alert").textContent();
        check(/Open it again from the mail/.test(said) && !/token/.test(said), `${link} says what to do (${said})`);
    }
    check(await page.getByLabel("Password", { exact: true }).count() === 0, "no password is asked for on a link without its invitation");

    await page.goto("/accept-invite?token=12345");
    await page.getByLabel("Password", { exact: true }).fill("Chosen#2026pass");
    await page.getByLabel("The same password again").fill("Chosen#2026pass");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("alert").waitFor();
    const said = await page.getByRole("alert").textContent();
    check(/Open it again from the mail/.test(said) && !/token/.test(said), `a short invitation says what to do (${said})`);
    check(await page.getByLabel("Password", { exact: true }).inputValue() === "Chosen#2026pass", "what was typed stays");
}

export async function aMentorsInvitationSaysWhereToWork(context) {
    const { token } = await context.token(demo.employer, "employer");
    const email = uniqueEmail("mentor");
    await context.api("POST", "/api/v1/internship-mentors", { token, body: { email, first_name: "Ngozi", last_name: "Eze", expertise: "Analytics" } });
    const invitation = new URL(await mailed(context, email, /(https?:\/\/\S+\/accept-invite\?token=[^\s"<>]+)/));
    const page = await context.page(phone);
    await page.goto(invitation.pathname + invitation.search);
    await page.getByLabel("Password", { exact: true }).fill("Mentor#2026pass");
    await page.getByLabel("The same password again").fill("Mentor#2026pass");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.getByRole("heading", { name: "Your account is ready" }).waitFor();
    check(await page.getByText(`You can now sign in as ${email}`).isVisible(), "the page names the account");
    check(await page.getByRole("button", { name: "Sign out" }).count() === 0, "a mentor is not signed in to the talents' portal");
    await context.accessible(page, "an accepted staff invitation");
}
