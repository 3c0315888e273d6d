// SPDX-License-Identifier: Apache-2.0
// A talent applies for an internship on a phone, withdraws and applies again; once admitted, sends
// evidence for a goal and sees the mentor's score move the standing.
import { check, demo, desktop, phone } from "./support.mjs";
import { mentorOf, newTalent } from "./talents.mjs";

/** A published internship of the demo employer's, with two goals, made as the employer's
 *  desktop client makes one. */
async function publishedInternship(context, title) {
    const { token } = await context.token(demo.employer, "employer");
    const internship = await context.api("POST", "/api/v1/internships", {
        token,
        body: { title, description: "Twelve weeks building the sales team's dashboards.", mode: "hybrid", places: 2, stipend: 80000, start_date: "2027-02-01" },
    });
    await context.api("POST", `/api/v1/internships/${internship.id}/kpis`, {
        token,
        body: { kpis: [{ title: "Ship the sales dashboard", weight: 60, max_score: 5 }, { title: "Document the data model", weight: 40, max_score: 5 }] },
    });
    await context.api("PATCH", `/api/v1/internships/${internship.id}/status`, { token, body: { status: "published" } });
    return { ...internship, employer: token };
}

export async function applyWithdrawAndApplyAgain(context) {
    const title = `Data internship ${Date.now()}`;
    const internship = await publishedInternship(context, title);
    const talent = await newTalent(context, "Tobi");
    const page = await context.page(phone);
    await context.signIn(page, talent, "/jobs");

    // Found through the header's "More" menu, by keyboard.
    await page.getByRole("button", { name: "More" }).focus();
    await page.keyboard.press("Enter");
    check(await page.getByRole("button", { name: "More" }).getAttribute("aria-expanded") === "true", "the menu opens");
    await context.accessible(page, "the More menu, open");
    await context.snapshot(page, "more-menu-phone");
    await page.keyboard.press("Escape");
    check(await page.getByRole("link", { name: "Internships", exact: true }).isHidden(), "Escape closes the menu");
    await page.getByRole("button", { name: "More" }).click();
    await page.getByRole("link", { name: "Internships", exact: true }).click();
    await page.getByRole("heading", { name: "Internships", level: 1 }).waitFor();
    check(await page.getByRole("link", { name: "Internships", exact: true }).isHidden(), "the menu closes once a page is chosen");

    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
    await card.waitFor();
    check(/Lagos Tech Hub Ltd · Hybrid/.test(await card.textContent()), "the company and the mode show");
    check(/₦80,000 a month/.test(await card.textContent()), "the stipend reads as pay does");
    await context.accessible(page, "the internships page");
    await context.snapshot(page, "internships-phone");

    // What the talent writes survives a reload, and reaches the company with the application.
    const why = "I keep my church's accounts in a spreadsheet and want to learn to build dashboards.";
    await card.getByLabel(`Why do you want to take part in ${title}? (optional)`).fill(why);
    await page.reload();
    check(await card.getByLabel(`Why do you want to take part in ${title}? (optional)`).inputValue() === why, "the motivation is kept");
    await card.getByRole("button", { name: `Apply for ${title}` }).click();
    await page.getByRole("status").filter({ hasText: `You applied for ${title}.` }).waitFor();
    await card.getByText("You applied").waitFor();
    const sent = await context.api("GET", `/api/v1/internships/${internship.id}/applications`, { token: internship.employer });
    check(sent.data.find((a) => a.talent.email === talent.email)?.motivation === why, "the company reads the motivation");
    const applications = page.locator("#applications ~ ul").first();
    const mine = applications.getByRole("listitem").filter({ hasText: title });
    await mine.getByText("Applied", { exact: true }).waitFor();

    await mine.getByRole("button", { name: `Withdraw: ${title}` }).click();
    await page.getByRole("status").filter({ hasText: "You withdrew" }).waitFor();
    await mine.getByText("Withdrawn", { exact: true }).waitFor();
    check(await mine.getByRole("button").count() === 0, "a withdrawn application offers no move to the talent");
    await card.getByRole("button", { name: `Apply for ${title}` }).click();
    await mine.getByText("Applied", { exact: true }).waitFor();

    // The company admits the talent, as its desktop client does.
    const listed = await context.api("GET", `/api/v1/internships/${internship.id}/applications`, { token: internship.employer });
    const application = listed.data.find((a) => a.talent.email === talent.email);
    await context.api("POST", `/api/v1/internship-applications/${application.id}/approve`, { token: internship.employer, body: {} });
    await page.reload();
    const programme = page.locator("#programmes ~ ul").first().getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
    await programme.getByText("Standing: 0 of 100").waitFor();
    check(await programme.getByText("No evidence sent yet").count() === 2, "both goals wait for evidence");

    // Evidence: an empty one is refused next to its box; what is typed survives a reload.
    const evidence = programme.getByLabel("Evidence for Ship the sales dashboard");
    await programme.getByRole("button", { name: "Send evidence" }).first().click();
    await programme.getByText("content should not be empty").waitFor();
    check(await evidence.getAttribute("aria-invalid") === "true", "the evidence box is marked wrong");
    // The keyboard goes to the box with the problem.
    await page.waitForFunction((box) => box === document.activeElement, await evidence.elementHandle());
    await evidence.fill("The dashboard is live: https://example.com/dashboards/sales");
    await page.reload();
    await programme.getByText("Standing: 0 of 100").waitFor();
    check(await evidence.inputValue() === "The dashboard is live: https://example.com/dashboards/sales", "a reload keeps the evidence being written");
    await context.accessible(page, "an internship's goals");

    // Links, one a line, each checked before sending and said under the links; a document goes
    // to storage when chosen and with the evidence by its key.
    const links = programme.getByLabel("Links to your work for Ship the sales dashboard");
    await links.fill("https://example.com/dashboards/sales\nexample.com/readme");
    await programme.getByRole("button", { name: "Send evidence" }).first().click();
    await programme.getByText("Link 2: must be an http(s) link").waitFor();
    check(await links.getAttribute("aria-invalid") === "true", "the links are marked wrong");
    await page.waitForFunction((box) => box === document.activeElement, await links.elementHandle());
    await links.fill("https://example.com/dashboards/sales\nhttps://example.com/readme");
    await programme.getByLabel("A document for Ship the sales dashboard (optional)").setInputFiles({
        name: "dashboard.pdf", mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
    });
    await programme.getByText("dashboard.pdf goes with your evidence.").waitFor();
    await programme.getByRole("button", { name: "Send evidence" }).first().click();
    await programme.getByText("Evidence sent; your mentor scores it.").waitFor();
    await programme.getByText("Sent; waiting for your mentor's score").waitFor();
    await programme.getByRole("button", { name: "Send again" }).waitFor();
    const sentWith = programme.getByRole("list", { name: "Sent with the evidence for Ship the sales dashboard" });
    await sentWith.getByRole("link", { name: "https://example.com/readme" }).waitFor();
    await sentWith.getByRole("link", { name: "The document you sent" }).waitFor();
    const { token: internToken } = await context.token(talent);
    const kept = await context.api("GET", `/api/v1/talents/me/kpi-submissions?internship_id=${internship.id}`, { token: internToken });
    const first = kept.data.find((one) => one.kpi.title === "Ship the sales dashboard");
    check(first.links.length === 2 && first.file !== null, "the server has the links and the document");

    // The programme's mentor scores it: the standing moves.
    const mentor = await mentorOf(context, internship.employer, internship.id);
    const submissions = await context.api("GET", `/api/v1/kpi-submissions?internship_id=${internship.id}`, { token: mentor });
    await context.api("POST", `/api/v1/kpi-submissions/${submissions.data[0].id}/score`, {
        token: mentor, body: { score: 4, comment: "Clear, and the team uses it" },
    });
    await page.reload();
    await programme.getByText("Standing: 48 of 100").waitFor();
    await programme.getByText("Scored 4 of 5, adding 48 points").waitFor();
    await programme.getByText("Mentor: Clear, and the team uses it").waitFor();
    await programme.getByRole("heading", { name: title }).scrollIntoViewIfNeeded();
    await context.snapshot(page, "internship-goals-phone");
}

export async function internshipsOnADesktop(context) {
    const title = `Design internship ${Date.now()}`;
    await publishedInternship(context, title);
    const page = await context.page(desktop);
    await context.signIn(page, demo.talent, "/internships");
    await page.getByRole("heading", { name: title }).waitFor();
    await context.accessible(page, "the internships page on a desktop");
    await context.snapshot(page, "internships-desktop");
}

export async function internshipsNeedASignIn(context) {
    const page = await context.page(phone);
    await page.goto("/internships");
    await page.waitForURL(/\/login\?next=%2Finternships/);
}
