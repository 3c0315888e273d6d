// SPDX-License-Identifier: Apache-2.0
// A talent signs up on a phone (in Nigeria, or elsewhere in Africa), verifies the address with the
// mailed code, and one who forgot their password chooses a new one with the mailed code or link.
import { check, demo, desktop, phone } from "./support.mjs";
import { codeMailed, newTalent, newestMail, uniqueEmail, wrong } from "./talents.mjs";

async function invalid(page, label) {
    return await page.getByLabel(label, { exact: true }).getAttribute("aria-invalid") === "true";
}

export async function signUpInNigeriaWithTheMailedCode(context) {
    const page = await context.page(phone);
    const sent = [];
    page.on("request", (request) => request.url().includes("/onboarding/") && sent.push(request.url()));
    await page.goto("/jobs");
    await page.getByRole("link", { name: "Join" }).click();
    await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();

    // Nothing filled in, then a short password: the portal says so by each field before sending.
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("first_name should not be empty").waitFor();
    check(await invalid(page, "First name"), "the first name is marked wrong");
    check(await invalid(page, "State"), "the state is marked wrong");
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("password must be longer than or equal to 8 characters").waitFor();
    check(sent.length === 0, "nothing is sent while the form breaks the server's rules");
    await context.accessible(page, "the sign-up form with its problems");
    await context.snapshot(page, "signup-problems-phone");

    // An address that already has an account: the server's answer lands by the address.
    await page.getByLabel("First name").fill("Chidinma");
    await page.getByLabel("Last name").fill("Okafor");
    await page.getByLabel("Email").fill(demo.talent.email);
    await page.getByLabel("Phone number").fill("+2348021234567");
    await page.getByLabel("Password", { exact: true }).fill("Okafor#2026");
    await page.getByLabel("State").selectOption("Lagos");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("An account with this email already exists").waitFor();
    check(await invalid(page, "Email"), "the address is marked wrong");
    check(await page.getByLabel("First name").inputValue() === "Chidinma", "what was typed stays");

    const email = uniqueEmail("chidinma");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/verify?**");
    await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
    check(await page.getByText(email).isVisible(), "the page names the address the code went to");
    check(await page.getByRole("button", { name: "Send a new code" }).isDisabled(), "a new code waits for the cool-down");
    check(await page.getByText(/You can ask for a new code in \d+ s/).isVisible(), "the wait is shown");
    await context.accessible(page, "the verification page");
    await context.snapshot(page, "verify-phone");

    const code = await codeMailed(context, email);
    await page.getByLabel("Code").fill(wrong(code));
    await page.getByRole("button", { name: "Verify" }).click();
    await page.getByText("The code is invalid").waitFor();
    check(await invalid(page, "Code"), "a wrong code is marked by the code field");
    await context.accessible(page, "the verification page with a wrong code");

    await page.getByLabel("Code").fill(code);
    await page.getByRole("button", { name: "Verify" }).click();
    // Signed in with what was just typed, on the profile's next best step.
    await page.waitForURL("**/profile?welcome=1");
    await page.getByRole("heading", { level: 1, name: "Your profile" }).waitFor();
    await page.getByText("Welcome to Worknation, Chidinma").waitFor();
    await page.getByText("Next best step:").waitFor();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await context.snapshot(page, "welcome-phone");
}

export async function signUpElsewhereInAfricaAndVerifyLater(context) {
    const page = await context.page(desktop);
    await page.goto("/signup");
    await page.getByLabel("Elsewhere in Africa").check();
    await page.getByLabel("Country").selectOption("GH");
    const email = uniqueEmail("kwame");
    await page.getByLabel("First name").fill("Kwame");
    await page.getByLabel("Last name").fill("Mensah");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Phone number").fill("+233201234567");
    await page.getByLabel("Password", { exact: true }).fill("Mensah#2026");
    await page.getByLabel("State, region or province").fill("Greater Accra");
    await context.accessible(page, "the sign-up form for elsewhere in Africa");
    await context.snapshot(page, "signup-africa-desktop");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/verify?**");
    const first = await codeMailed(context, email).then(() => newestMail(context, email));

    // Later, in another window: the address is typed again and a new code asked for.
    const later = await context.page(phone);
    await later.goto("/verify");
    await later.getByLabel("Email").fill(email);
    await later.getByRole("button", { name: "Send a new code" }).click();
    await later.getByText(`A new code is on its way to ${email}`).waitFor();
    check(await later.getByRole("button", { name: "Send a new code" }).isDisabled(), "another waits for the cool-down");
    await later.getByLabel("Code").fill(await codeMailed(context, email, first));
    await later.getByRole("button", { name: "Verify" }).click();
    // That window does not know the password: it asks for it, then goes on to the profile.
    await later.waitForURL("**/login?**");
    await later.getByText("Your address is verified. Sign in to continue.").waitFor();
    check(await later.getByLabel("Email").inputValue() === email, "the address is filled in");
    await context.accessible(later, "sign-in after verifying");
    await later.getByLabel("Password").fill("Mensah#2026");
    await later.getByRole("button", { name: "Sign in" }).click();
    await later.waitForURL("**/profile");
    await later.getByRole("heading", { level: 1, name: "Your profile" }).waitFor();
}

export async function signingInBeforeVerifyingAsksForTheCode(context) {
    const email = uniqueEmail("ngozi");
    await context.api("POST", "/api/v1/onboarding/talents/nigeria", {
        body: { first_name: "Ngozi", last_name: "Adeyemi", email, password: "Adeyemi#2026", phone_number: "+2348051234567", state: "Enugu" },
    });
    const first = await codeMailed(context, email).then(() => newestMail(context, email));
    const page = await context.page(phone);
    await context.signIn(page, { email, password: "Adeyemi#2026" });
    await page.waitForURL("**/verify?**");
    await page.getByText(`Verify ${email} with the 6-digit code`).waitFor();
    // No code was just sent from here, so a new one may be asked for at once.
    await page.getByRole("button", { name: "Send a new code" }).click();
    await page.getByText(`A new code is on its way to ${email}`).waitFor();
    await page.getByLabel("Code").fill(await codeMailed(context, email, first));
    await page.getByRole("button", { name: "Verify" }).click();
    // Signed in with the password just typed.
    await page.waitForURL("**/profile?welcome=1");
    await page.getByText("Welcome to Worknation, Ngozi").waitFor();
}

export async function forgotAndResetThePassword(context) {
    const who = await newTalent(context, "forgetful");
    const page = await context.page(phone);
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByRole("heading", { level: 1, name: "Forgot your password" }).waitFor();
    await page.getByRole("button", { name: "Send me a code" }).click();
    await page.getByText("email should not be empty").waitFor();
    await context.accessible(page, "the forgotten-password form");
    await context.snapshot(page, "forgot-phone");
    await page.getByLabel("Email").fill(who.email);
    const before = newestMail(context, who.email);
    await page.getByRole("button", { name: "Send me a code" }).click();
    await page.waitForURL("**/reset-password?**");
    await page.getByText(`If an account uses ${who.email}, a code is on its way`).waitFor();

    // A wrong code is refused by the code field; the new password stays typed.
    const code = await codeMailed(context, who.email, before);
    await page.getByLabel("Code").fill(wrong(code));
    await page.getByLabel("New password").fill("Remembered#2027");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await page.getByText("The code is invalid").waitFor();
    check(await invalid(page, "Code"), "the code is marked wrong");
    check(await page.getByLabel("New password").inputValue() === "Remembered#2027", "the new password is kept");
    await context.accessible(page, "the reset form with a wrong code");
    await context.snapshot(page, "reset-phone");

    // The link in the mail opens this page with the address and the code filled in.
    const mail = newestMail(context, who.email);
    const link = mail.match(/https?:\/\/\S+\/reset-password\?\S+/);
    check(link, "the mail links to the reset page");
    const url = new URL(link[0]);
    check(url.origin === context.base, `the link opens this portal (${url.origin})`);
    await page.goto(url.pathname + url.search);
    check(await page.getByLabel("Email").inputValue() === who.email, "the link fills in the address");
    check(await page.getByLabel("Code").inputValue() === code, "the link fills in the code");
    await page.getByLabel("New password").fill("Remembered#2027");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await page.waitForURL("**/login?**");
    await page.getByText("Your password is changed. Sign in with the new one.").waitFor();

    await page.getByLabel("Password").fill(who.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    await page.getByLabel("Password").fill("Remembered#2027");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/home");
    await page.getByRole("button", { name: "Sign out" }).waitFor();
}
