// SPDX-License-Identifier: Apache-2.0
// A talent decides which partner organisations may read their profile: shares with one, sees it
// listed, stops (asked first), and sees who read what; with no partner to choose, is told so.
import { check, demo, phone } from "./support.mjs";
import { newTalent, uniqueEmail } from "./talents.mjs";

export async function aTalentSharesWithAPartnerAndStops(context) {
    const { access_token: token } = await context.api("POST", "/api/v1/auth/login", { body: demo.admin });
    const name = `Ikeja Skills Partner ${Date.now()}`;
    await context.api("POST", "/api/v1/partners", {
        token,
        body: { name, email: uniqueEmail("partner"), first_name: "Tunde", last_name: "Bello" },
    });
    const talent = await newTalent(context, "Ifeoma");
    const page = await context.page(phone);
    await context.signIn(page, talent, "/sharing");
    await page.getByRole("heading", { name: "Data sharing" }).waitFor();
    await page.getByText("You share with no partner.").waitFor();
    await page.getByText("No partner has read your data yet.").waitFor();

    await page.getByLabel("Share with another partner").selectOption({ label: name });
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await page.getByText(`You share your profile, CV and intro video with ${name}.`).waitFor();
    await page.getByRole("heading", { name, level: 3 }).waitFor();
    await context.accessible(page, "data sharing with one partner");
    await context.snapshot(page, "sharing-phone");
    const { token: talentToken } = await context.token(talent);
    const shared = await context.api("GET", "/api/v1/me/partner-consents", { token: talentToken });
    check(shared.data.some((c) => c.name === name && c.sharing), "the server has the consent");

    // Stopping is asked first, and can be kept.
    await page.getByRole("button", { name: `Stop sharing with ${name}` }).click();
    await page.getByRole("button", { name: "Keep sharing" }).click();
    await page.getByRole("button", { name: `Stop sharing with ${name}` }).click();
    await page.getByRole("button", { name: "Stop sharing", exact: true }).click();
    await page.getByText(`${name} can no longer read your data.`).waitFor();
    await page.getByRole("button", { name: `Share again with ${name}` }).waitFor();
    const stopped = await context.api("GET", "/api/v1/me/partner-consents", { token: talentToken });
    check(stopped.data.some((c) => c.name === name && !c.sharing), "the server has the consent withdrawn");
}

export async function noPartnerToChooseIsSaidSo(context) {
    // Before any partner organisation works with Worknation, the server lists none: the page
    // must not point at a choice below that is not there.
    const talent = await newTalent(context, "Chika");
    const page = await context.page(phone);
    await page.route(/\/api\/v1\/partners(\?|$)/, (route) => route.fulfill({
        status: 200, contentType: "application/json",
        body: JSON.stringify({ data: [], meta: { page: 1, limit: 100, total: 0, pages: 0 } }),
    }));
    await context.signIn(page, talent, "/sharing");
    await page.getByRole("heading", { name: "Data sharing" }).waitFor();
    await page.getByText("You share with no partner.").waitFor();
    check(await page.getByLabel("Share with another partner").count() === 0, "there is no partner to choose");
    check(await page.getByText("Choose one below").count() === 0, "so the page does not say to choose one below");
    await page.getByText("No partner organisation works with Worknation yet").waitFor();
}
