// SPDX-License-Identifier: Apache-2.0
// A new talent's notifications: those made while they were away are listed and paged, the
// header counts the unread ones, a new one appears live, one or all are marked read, and a
// notification about a conversation opens it, one about a training application the list of them.
import { talentWrittenTo } from "./clients.mjs";
import { check, demo, desktop, phone } from "./support.mjs";
import { newTalent } from "./talents.mjs";

export async function notificationsLiveAndRead(context) {
    // The employer writes 21 times while the talent is away: 21 notifications, two pages.
    const { talent, chat } = await talentWrittenTo(context, "Chioma", 21, (i) => `Note ${i} about your profile`);

    const page = await context.page(phone);
    await context.signIn(page, talent, "/notifications");
    await page.getByRole("heading", { name: "Notifications", level: 1 }).waitFor();
    const headerLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications/ });
    await headerLink.filter({ hasText: "21 unread" }).waitFor();
    const cards = page.locator(".notice");
    await cards.first().waitFor();
    check(await cards.count() === 20, "the first page holds 20 notifications");
    await page.getByText("Page 1 of 2").waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForURL(/page=2/);
    await page.getByText("Page 2 of 2").waitFor();
    // The page's number can change a moment before its list does: wait for the list.
    const lastOne = await page.waitForFunction(() => document.querySelectorAll(".notice").length === 1, null, { timeout: 5000 }).then(() => true, () => false);
    check(lastOne, "the second page holds the last one");
    await page.getByRole("button", { name: "Previous" }).click();
    await page.getByText("Page 1 of 2").waitFor();

    // Something happens while the page is open: the talent's training application is accepted.
    const trainings = await context.api("GET", "/api/v1/trainings?q=QML");
    const training = trainings.data.find((t) => t.title === "QML for web developers");
    check(training, "the demo training is listed");
    const application = await context.api("POST", `/api/v1/trainings/${training.id}/applications`, {
        token: talent.token, body: { motivation: "I build web front ends and want to learn Qt Quick." },
    });
    const { token: employerToken } = await context.token(demo.employer, "employer");
    await context.api("PATCH", `/api/v1/training-applications/${application.id}/status`, { token: employerToken, body: { status: "accepted" } });
    const accepted = cards.filter({ hasText: "Training application accepted" });
    await accepted.waitFor();
    check(await accepted.textContent().then((t) => t.includes("Training · ")), "a notification says its kind as the vocabulary words it");
    check(await cards.first().textContent().then((t) => t.includes("Training application accepted")), "the new notification comes first");
    await headerLink.filter({ hasText: "22 unread" }).waitFor();
    await context.accessible(page, "the notifications");
    await context.snapshot(page, "notifications-phone");

    // One is marked read: its mark goes, the count drops, the keyboard stays on it.
    await accepted.getByRole("button", { name: /^Mark as read/ }).click();
    await headerLink.filter({ hasText: "21 unread" }).waitFor();
    check(await accepted.getByRole("button").count() === 0, "a read notification offers no mark");
    check(await page.evaluate(() => document.activeElement?.closest(".notice")?.textContent.includes("Training application accepted")), "focus stays on the notification");

    // A notification about a conversation opens it, and is read.
    await cards.filter({ hasText: "Note 21 about your profile" }).getByRole("link").click();
    await page.waitForURL(`**/messages/${chat.id}`);
    await page.getByRole("log").getByText("Note 21 about your profile").waitFor();
    await headerLink.filter({ hasText: "20 unread" }).waitFor();

    // All of them.
    await page.goBack();
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await page.getByRole("status").filter({ hasText: "Everything is read." }).waitFor();
    check(!/unread/.test(await headerLink.textContent()), "the header no longer counts unread notifications");
    check(await cards.locator(".visually-hidden", { hasText: "Unread" }).count() === 0, "no notification is marked unread any more");
    const stats = await context.api("GET", "/api/v1/notifications/stats", { token: talent.token });
    check(stats.unread === 0, "the server has them all read");
}

export async function notificationsOnADesktop(context) {
    const page = await context.page(desktop);
    await context.signIn(page, demo.talent, "/notifications");
    await page.getByRole("heading", { name: "Notifications", level: 1 }).waitFor();
    await page.getByRole("status").filter({ hasText: /unread|Everything is read/ }).waitFor();
    await context.accessible(page, "the notifications on a desktop");
    await context.snapshot(page, "notifications-desktop");
}

export async function aTrainingNotificationOpensTheTrainingApplications(context) {
    // The company accepts a new talent's training application while they are away.
    const talent = await newTalent(context, "Ifeoma");
    const { token } = await context.token(talent);
    const trainings = await context.api("GET", "/api/v1/trainings?q=QML");
    const training = trainings.data.find((t) => t.title === "QML for web developers");
    check(training, "the demo training is listed");
    const application = await context.api("POST", `/api/v1/trainings/${training.id}/applications`, {
        token, body: { motivation: "I build web front ends and want to learn Qt Quick." },
    });
    const { token: employerToken } = await context.token(demo.employer, "employer");
    await context.api("PATCH", `/api/v1/training-applications/${application.id}/status`, { token: employerToken, body: { status: "accepted" } });

    // Its notification opens a page about it: not a training looked up by the wrong key.
    const page = await context.page(desktop);
    await context.signIn(page, talent, "/notifications");
    await page.locator(".notice").filter({ hasText: "Training application accepted" }).getByRole("link").click();
    await page.waitForURL("**/applications/trainings");
    await page.getByRole("heading", { name: "Your training applications", level: 1 }).waitFor();
    await page.getByText("QML for web developers").first().waitFor();
    check(await page.getByRole("heading", { name: "Training not found" }).count() === 0, "the link is not a dead end");
}
