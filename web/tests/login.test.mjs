// SPDX-License-Identifier: Apache-2.0
import { check, demo, phone } from "./support.mjs";

export async function signInAndOut(context) {
    const page = await context.page(phone);
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("email should not be empty").waitFor();
    check(await page.getByLabel("Email").getAttribute("aria-invalid") === "true", "the email field is marked wrong");
    await context.accessible(page, "the sign-in form with its problems");
    await context.snapshot(page, "login-phone");

    await page.getByLabel("Email").fill(demo.talent.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    check(/password/i.test(await page.getByRole("alert").textContent()), "a wrong password says so");

    // Forgotten, then: the address typed goes along to the forgotten-password form.
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByRole("heading", { name: "Forgot your password", level: 1 }).waitFor();
    check(await page.getByLabel("Email").inputValue() === demo.talent.email, "the address typed is not asked for again");
    await page.getByRole("link", { name: "Back to sign in" }).click();
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    await page.getByLabel("Email").fill(demo.talent.email);

    await page.getByLabel("Password").fill(demo.talent.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Signed in without a page asking for it: the talent's Home, with their figures.
    await page.waitForURL("**/home");
    await page.getByRole("heading", { name: "Home", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).waitFor();

    await page.reload();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/login");
    await page.getByRole("link", { name: "Sign in" }).waitFor();
}

export async function signInTakesYouBack(context) {
    const page = await context.page(phone);
    await context.signIn(page, demo.talent, "/jobs?q=Qt");
    check(new URL(page.url()).search === "?q=Qt", "signing in returns to the page that asked for it");
    await context.signIn(page, demo.talent, "https://elsewhere.example/");
    check(new URL(page.url()).origin === context.base, "never to another site");
}
