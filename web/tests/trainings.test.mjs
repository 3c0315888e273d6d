// SPDX-License-Identifier: Apache-2.0
// A talent finds a training, applies, sees the company's answer arrive live among their training
// applications, and withdraws after confirming.
import { check, demo, desktop, phone } from "./support.mjs";
import { newTalent, words } from "./talents.mjs";

const title = "QML for web developers";

export async function findAndApplyForATraining(context) {
    const labels = words(context);
    const talent = await newTalent(context, "Emeka");
    const page = await context.page(phone);
    await context.signIn(page, talent, "/jobs");
    await page.getByRole("link", { name: "Trainings" }).click();
    await page.getByRole("heading", { level: 1, name: "Trainings" }).waitFor();
    await page.getByLabel("What").fill("QML");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/q=QML/);
    await page.getByRole("status").filter({ hasText: /^1 training$/ }).waitFor();
    await context.accessible(page, "the training search");
    await context.snapshot(page, "trainings-phone");

    await page.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    check(await page.getByText(/Hybrid/).first().isVisible(), "the mode reads as the desktop client says it");
    const motivation = page.getByLabel(/Why do you want to take part/);
    await motivation.fill("I build web front ends and want to bring them to the desktop.");
    await page.reload();
    check(await motivation.inputValue() === "I build web front ends and want to bring them to the desktop.", "the motivation survives a reload");
    await context.accessible(page, "a training's page");
    await context.snapshot(page, "training-phone");
    await page.getByRole("button", { name: "Apply for this training" }).click();
    await page.getByText(`You applied for ${title}.`).waitFor();
    await page.locator(".standing .badge", { hasText: labels.status.applied }).waitFor();
    check(await page.getByRole("button", { name: "Apply for this training" }).count() === 0, "no second application");

    await page.getByRole("link", { name: "← All trainings" }).click();
    await page.getByRole("link", { name: "Your training applications" }).click();
    await page.getByRole("heading", { level: 1, name: "Your training applications" }).waitFor();
    const card = page.locator(".card").filter({ hasText: title });
    await card.locator(".badge", { hasText: labels.status.applied }).waitFor();
    await context.accessible(page, "the training applications");
    await context.snapshot(page, "training-applications-phone");
}

export async function acceptedLiveThenWithdrawn(context) {
    const labels = words(context);
    const talent = await newTalent(context, "Zainab");
    const { token } = await context.token(talent);
    const training = (await context.api("GET", `/api/v1/trainings?q=${encodeURIComponent("QML")}`)).data.find((t) => t.title === title);
    const application = await context.api("POST", `/api/v1/trainings/${training.id}/applications`, { token, body: {} });

    const page = await context.page(desktop);
    const connected = new Promise((resolve) => page.on("websocket", (socket) =>
        socket.on("framereceived", (frame) => String(frame.payload).startsWith("40") && resolve())));
    await context.signIn(page, talent, "/applications/trainings");
    const card = page.locator(".card").filter({ hasText: title });
    await card.locator(".badge", { hasText: labels.status.applied }).waitFor();
    await connected;
    await page.evaluate(() => (window.stillTheSamePage = true));

    // The company accepts, as the employer's desktop client does ("moveTrainingApplication").
    const employer = await context.token(demo.employer, "employer");
    await context.api("PATCH", `/api/v1/training-applications/${application.id}/status`, { token: employer.token, body: { status: "accepted" } });
    await card.locator(".badge", { hasText: labels.status.accepted }).waitFor();
    await page.getByRole("status").filter({ hasText: `${title} moved to ${labels.status.accepted}` }).waitFor();
    check(await page.evaluate(() => window.stillTheSamePage === true), "the acceptance arrived without a reload");

    const withdraw = labels.move.withdrawn;
    await card.getByRole("button", { name: withdraw, exact: true }).click();
    await card.getByRole("button", { name: `Yes, ${withdraw.toLowerCase()}` }).waitFor();
    await context.accessible(page, "the withdrawal question");
    await context.snapshot(page, "training-withdraw-desktop");
    await card.getByRole("button", { name: `Yes, ${withdraw.toLowerCase()}` }).click();
    await card.locator(".badge", { hasText: labels.status.withdrawn }).waitFor();
    check(await card.getByRole("button", { name: withdraw, exact: true }).count() === 0, "a withdrawn application offers no more moves");
    await page.getByRole("status").filter({ hasText: `You withdrew from ${title}` }).waitFor();

    // The training's page knows, and offers to apply again.
    await card.getByRole("link", { name: title }).click();
    await page.locator(".standing .badge", { hasText: labels.status.withdrawn }).waitFor();
    await page.getByRole("button", { name: "Apply for this training" }).waitFor();
    await context.snapshot(page, "training-desktop");
}

export async function visitorsAreAskedToSignIn(context) {
    const page = await context.page(phone);
    await page.goto("/trainings");
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.getByRole("link", { name: "Sign in to apply" }).click();
    await page.waitForURL(/\/login\?next=%2Ftrainings%2F/);
    await page.goto("/applications/trainings");
    await page.waitForURL(/\/login\?next=/);
}
