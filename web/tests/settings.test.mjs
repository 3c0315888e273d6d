// SPDX-License-Identifier: Apache-2.0
// Account settings: a talent reaches them from the header's More menu, changes their password (a
// wrong current one is said beside its field and nothing typed is lost) and chooses the language
// of the e-mails Worknation sends them, which the next mail is written in.
import { check, phone } from "./support.mjs";
import { mailed, newTalent, newestMail } from "./talents.mjs";

const small = { width: 1024, height: 700 };

/** Opens Settings from the header, as a person looks for it. */
async function openSettings(page) {
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("link", { name: "Settings" }).click();
    await page.waitForURL("**/settings");
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
}

async function signInRefused(context, who) {
    const answer = await fetch(`${context.base}/api/v1/auth/login/talent`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: who.email, password: who.password }),
    });
    return !answer.ok;
}

export async function passwordChangesAndTheOldOneIsRefused(context) {
    const who = await newTalent(context, "Chidi");
    const page = await context.page(small);
    await context.signIn(page, who);
    await openSettings(page);
    const current = page.getByLabel("Current password");
    const replacement = page.getByLabel("New password");
    const change = page.getByRole("button", { name: "Change the password" });

    // A wrong current password: said beside it, and the new password typed stays.
    await current.fill("not my password");
    await replacement.fill("Changed#2026pass");
    await change.click();
    await page.getByText("current_password is incorrect").waitFor();
    check(await current.getAttribute("aria-invalid") === "true", "the current password is marked wrong");
    check(await replacement.getAttribute("aria-invalid") !== "true", "the new password is not blamed");
    check(await replacement.inputValue() === "Changed#2026pass", "the new password typed is kept");
    check(await current.inputValue() === "not my password", "the current password typed is kept to be corrected");
    await context.accessible(page, "the password form with its problem");
    await context.snapshot(page, "settings-wrong-password-1024");

    // Too short: checked before sending, in the server's words.
    await current.fill(who.password);
    await replacement.fill("short");
    await change.click();
    await page.getByText("new_password must be longer than or equal to 8 characters").waitFor();
    check(await current.inputValue() === who.password, "the current password stays typed");

    await replacement.fill("Changed#2026pass");
    await change.click();
    await page.getByText("Your password is changed.").waitFor();
    check(await current.inputValue() === "" && await replacement.inputValue() === "", "the passwords are cleared once changed");

    // Still signed in here; the old password no longer opens the account, the new one does.
    await page.reload();
    await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    check(await signInRefused(context, who), "the old password is refused");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/login");
    await context.signIn(page, { ...who, password: "Changed#2026pass" });
    await page.getByRole("button", { name: "Sign out" }).waitFor();
}

export async function mailComesInTheLanguageChosen(context) {
    const who = await newTalent(context, "Aminata");
    const { token } = await context.token(who);
    const me = () => context.api("GET", "/api/v1/auth/me", { token });
    check((await me()).language === null, "a talent made through the API has no language of their own");

    const page = await context.page(phone);
    await context.signIn(page, who);
    await openSettings(page);
    const language = page.getByLabel("Language of your e-mails");
    check(await language.locator("option:checked").textContent() === "The server's default", "no language chosen reads as the server's default");
    check((await language.locator("option").allTextContents()).includes("Français"), "French is offered by its own name");
    await context.accessible(page, "the settings page");

    await language.selectOption({ label: "Français" });
    await page.getByText("Not saved yet").waitFor();
    await page.getByRole("button", { name: "Save the language" }).click();
    await page.getByText("Saved: Worknation now writes your e-mails in Français.").waitFor();
    check((await me()).language === "fr", "the server has French for the talent");
    await context.snapshot(page, "settings-phone");

    // The choice is what the page shows on coming back.
    await page.reload();
    await page.getByLabel("Language of your e-mails").waitFor();
    check(await language.inputValue() === "fr", "French stays chosen");

    // The next mail is in French.
    let before = newestMail(context, who.email);
    await context.api("POST", "/api/v1/auth/forgot-password", { body: { email: who.email } });
    await mailed(context, who.email, /\b(\d{6})\b/, before);
    let mail = newestMail(context, who.email);
    check(/^Content-Language:\s*fr\b/mi.test(mail) && /Bonjour Aminata/.test(mail), "the reset mail is written in French");

    // Back to the server's default, and so to English.
    await language.selectOption({ label: "The server's default" });
    await page.getByRole("button", { name: "Save the language" }).click();
    await page.getByText("Saved: Worknation now writes your e-mails in the server's default language.").waitFor();
    check((await me()).language === null, "the talent's language is the server's again");
    before = mail;
    await context.api("POST", "/api/v1/auth/forgot-password", { body: { email: who.email } });
    await mailed(context, who.email, /\b(\d{6})\b/, before);
    mail = newestMail(context, who.email);
    check(/Hello Aminata/.test(mail), "the reset mail is in the server's language, English");
}

export async function settingsFitBothScreens(context) {
    const who = await newTalent(context, "Ife");
    for (const [viewport, name] of [[small, "settings-1024"], [phone, "settings-390"]]) {
        const page = await context.page(viewport);
        await context.signIn(page, who);
        await openSettings(page);
        await page.getByLabel("Language of your e-mails").waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        check(overflow <= 0, `nothing wider than the ${viewport.width}px window (${overflow}px over)`);
        await context.snapshot(page, name);
        // From the profile too.
        await page.goto("/profile");
        await page.getByRole("link", { name: "Password and e-mail language" }).click();
        await page.getByRole("heading", { name: "Settings", level: 1 }).waitFor();
    }
}
