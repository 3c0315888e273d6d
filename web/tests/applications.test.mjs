// SPDX-License-Identifier: Apache-2.0
// A talent applies for a job with its screening question, follows the application, withdraws
// another one, and sees the employer's decision arrive live, without reloading.
import { check, demo, desktop, phone } from "./support.mjs";
import { newTalent, words } from "./talents.mjs";

/** The demo job @p title's id and slug, as any visitor finds it. */
async function demoJob(context, title) {
    const found = await context.api("GET", `/api/v1/jobs/landing?q=${encodeURIComponent(title)}`);
    const job = found.data.find((j) => j.title === title);
    check(job, `the demo job ${title}`);
    return job;
}

/** Applies as @p talent through the API, as the desktop client would; answers the application. */
async function applyThroughApi(context, talent, title) {
    const { token } = await context.token(talent);
    const job = await demoJob(context, title);
    return context.api("POST", `/api/v1/jobs/${job.id}/applications`, { token, body: {} });
}

/** Resolves once @p page's live socket is connected (Socket.IO's "40" connect answer). */
function liveSocket(page) {
    return new Promise((resolve) => {
        page.on("websocket", (socket) => {
            if (!socket.url().includes("/socket.io/"))
                return;
            socket.on("framereceived", (frame) => {
                if (String(frame.payload).startsWith("40"))
                    resolve(socket);
            });
        });
    });
}

export async function applyWithScreeningAnswers(context) {
    const labels = words(context);
    const talent = await newTalent(context, "Amaka");
    const page = await context.page(phone);
    await context.signIn(page, talent, "/jobs?q=Qt");
    await page.getByRole("link", { name: "Qt/C++ desktop developer" }).click();
    await page.getByRole("heading", { level: 1, name: "Qt/C++ desktop developer" }).waitFor();
    await page.getByRole("link", { name: "Apply", exact: true }).click();
    await page.waitForURL(/\/jobs\/[^/]+\/apply$/);
    await page.getByRole("heading", { level: 1, name: "Apply for Qt/C++ desktop developer" }).waitFor();
    const question = page.getByLabel(/Can you work from Lagos three days a week\? \(required\)/);
    await question.waitFor();
    await context.accessible(page, "the application form");
    await context.snapshot(page, "apply-phone");

    // Sent without the required answer: the server's word lands next to that question.
    const letter = "I have shipped two Qt Quick desktop applications and enjoy working with designers.";
    await page.getByLabel(/Cover letter/).fill(letter);
    await page.getByRole("button", { name: "Send application" }).click();
    await page.getByText("This question must be answered").waitFor();
    check(await question.getAttribute("aria-invalid") === "true", "the unanswered question is marked wrong");
    // The focus moves once the problem is drawn, a frame after its text can be: wait for it.
    const focused = await page.waitForFunction(() => document.activeElement?.getAttribute("aria-invalid") === "true", null, { timeout: 5000 }).then(() => true, () => false);
    check(focused, "the focus goes to the question to answer");
    check(await page.getByLabel(/Cover letter/).inputValue() === letter, "nothing typed is lost");
    await context.accessible(page, "the application form with its problem");
    await context.snapshot(page, "apply-problem-phone");

    // The draft outlives a reload until it is sent.
    await question.selectOption("yes");
    await page.reload();
    await question.waitFor();
    check(await page.getByLabel(/Cover letter/).inputValue() === letter, "the cover letter is kept as a draft over a reload");
    check(await question.inputValue() === "yes", "so is the answer");

    await page.getByRole("button", { name: "Send application" }).click();
    await page.waitForURL(/\/applications\/\d+\?sent=1$/);
    await page.getByText("Your application was sent.").waitFor();
    await page.getByRole("heading", { level: 1, name: "Qt/C++ desktop developer" }).waitFor();
    check(await page.locator(".standing .badge").textContent() === labels.status.applied, "the status reads as the desktop client says it");
    check(await page.locator(".timeline li").count() === 1, "the timeline starts with the application");
    check(await page.getByText(letter).isVisible(), "the cover letter is shown back");
    check(await page.locator(".answers dd").textContent() === "yes", "so is the answer");
    check(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("wn.draft.apply")).length) === 0, "the draft is gone once sent");
    await context.accessible(page, "an application");
    await context.snapshot(page, "application-phone");

    // The job's page now says where the application stands instead of offering to apply.
    await page.getByRole("link", { name: "The job" }).click();
    await page.getByText("You applied:").waitFor();
    check(await page.getByRole("link", { name: "Apply", exact: true }).count() === 0, "no Apply button once applied");
    check(await page.locator(".applied .badge").textContent() === labels.status.applied, "the job shows the application's status");
    await context.accessible(page, "a job applied for");
    await page.getByRole("link", { name: "See your application" }).click();
    await page.waitForURL(/\/applications\/\d+$/);
}

export async function withdrawWithConfirmation(context) {
    const labels = words(context);
    const talent = await newTalent(context, "Tunde");
    await applyThroughApi(context, talent, "Data analyst");
    const page = await context.page(desktop);
    await context.signIn(page, talent, "/applications");
    await page.getByRole("heading", { level: 1, name: "Your applications" }).waitFor();
    const card = page.locator(".card").filter({ hasText: "Data analyst" });
    await card.waitFor();
    check(await card.locator(".badge").textContent() === labels.status.applied, "the list shows each application's status");
    await context.accessible(page, "the applications");
    await context.snapshot(page, "applications-desktop");

    await card.getByRole("link", { name: "Data analyst" }).click();
    await page.getByRole("heading", { level: 1, name: "Data analyst" }).waitFor();
    await page.evaluate(() => (window.stillTheSamePage = true));
    const withdraw = labels.move.withdrawn;
    await page.getByRole("button", { name: withdraw, exact: true }).click();
    const keep = page.getByRole("button", { name: "Keep it" });
    await keep.waitFor();
    check(await keep.evaluate((button) => button === document.activeElement), "the question takes the focus on its safe answer");
    await context.accessible(page, "the withdrawal question");
    await context.snapshot(page, "withdraw-desktop");
    await keep.press("Enter");
    await page.getByRole("button", { name: withdraw, exact: true }).waitFor();
    check(await page.locator(".standing .badge").textContent() === labels.status.applied, "keeping it changes nothing");

    await page.getByRole("button", { name: withdraw, exact: true }).click();
    await page.getByRole("button", { name: `Yes, ${withdraw.toLowerCase()}` }).click();
    await page.getByText("You withdrew this application.").waitFor();
    check(await page.locator(".standing .badge").textContent() === labels.status.withdrawn, "the status is withdrawn");
    check(await page.getByRole("button", { name: withdraw, exact: true }).count() === 0, "nothing more to withdraw");
    const last = page.locator(".timeline li").last();
    check((await last.textContent()).includes(labels.status.withdrawn) && (await last.textContent()).includes("by you"), "the timeline ends with the withdrawal, by the talent");
    await page.getByRole("link", { name: "← Your applications" }).click();
    await card.locator(".badge", { hasText: labels.status.withdrawn }).waitFor();
    check(await page.evaluate(() => window.stillTheSamePage === true), "all without reloading the page");
    await context.accessible(page, "the applications after a withdrawal");
}

export async function statusChangesArriveLive(context) {
    const labels = words(context);
    const talent = await newTalent(context, "Bisi");
    const application = await applyThroughApi(context, talent, "Customer success associate");
    const employer = await context.token(demo.employer, "employer");
    // As the employer's desktop client moves it: the route its "moveApplication" operation names.
    const move = (status) => context.api("PATCH", `/api/v1/applications/${application.id}/status`, { token: employer.token, body: { status } });

    const page = await context.page(phone);
    const connected = liveSocket(page);
    await context.signIn(page, talent, "/applications");
    const card = page.locator(".card").filter({ hasText: "Customer success associate" });
    await card.locator(".badge", { hasText: labels.status.applied }).waitFor();
    await connected;
    await page.evaluate(() => (window.stillTheSamePage = true));

    await move("shortlisted");
    await card.locator(".badge", { hasText: labels.status.shortlisted }).waitFor();
    await page.getByRole("status").filter({ hasText: `Customer success associate moved to ${labels.status.shortlisted}` }).waitFor();
    check(await page.evaluate(() => window.stillTheSamePage === true), "the list changed without a reload");
    await context.accessible(page, "the applications after a live change");
    await context.snapshot(page, "applications-live-phone");

    await card.getByRole("link").click();
    await page.locator(".standing .badge", { hasText: labels.status.shortlisted }).waitFor();
    check(await page.locator(".timeline li").count() === 2, "the timeline has the shortlisting");
    await move("interview");
    await page.locator(".standing .badge", { hasText: labels.status.interview }).waitFor();
    await page.getByRole("status").filter({ hasText: `moved to ${labels.status.interview}` }).waitFor();
    await page.locator(".timeline li").nth(2).waitFor();
    check((await page.locator(".timeline li").nth(2).textContent()).includes(labels.status.interview), "the timeline grows live");
    check(await page.evaluate(() => window.stillTheSamePage === true), "the application changed without a reload");
    await context.snapshot(page, "application-live-phone");
}

export async function visitorsOpenNoSocket(context) {
    // The live connection is for signed-in talents: a visitor's pages load no socket at all.
    // Nor do they download socket.io-client: it is not part of the first load.
    const page = await context.page(phone);
    let sockets = 0;
    page.on("websocket", () => (sockets += 1));
    const scripts = [];
    page.on("response", (response) => response.url().endsWith(".js") && scripts.push(response.text()));
    await page.goto("/jobs");
    await page.getByRole("status").filter({ hasText: /jobs?$/ }).waitFor();
    await page.goto("/applications");
    await page.waitForURL(/\/login\?next=%2Fapplications/);
    check(sockets === 0, "no socket for a visitor");
    const loaded = await Promise.all(scripts);
    check(loaded.length > 0 && !loaded.some((code) => code.includes("engine.io")), "no socket.io-client code for a visitor");
}

export async function everyKindOfQuestion(context) {
    // The employer asks a number, a choice and a free text on a job, as its desktop client would.
    const employer = await context.token(demo.employer, "employer");
    const ask = (body) => context.api("POST", "/api/v1/prequalification-questions", { token: employer.token, body });
    const years = await ask({ question: "How many years have you written documentation?", kind: "number" });
    const tool = await ask({ question: "Which tool do you write in most?", kind: "single_choice", options: ["Markdown", "AsciiDoc", "Word"] });
    const sample = await ask({ question: "Link to a guide you wrote", kind: "text" });
    const job = await demoJob(context, "Technical writer");
    await context.api("PATCH", `/api/v1/jobs/${job.id}`, {
        token: employer.token,
        body: { questions: [{ question_id: years.id, required: true }, { question_id: tool.id, required: true }, { question_id: sample.id, required: false }] },
    });

    try {
        await answerEveryKind(context, job);
    } finally {
        // The demo job goes back to asking nothing, for the tests that follow.
        await context.api("PATCH", `/api/v1/jobs/${job.id}`, { token: employer.token, body: { questions: [] } });
    }
}

async function answerEveryKind(context, job) {
    const talent = await newTalent(context, "Kemi");
    const page = await context.page(desktop);
    await context.signIn(page, talent, `/jobs/${job.slug}/apply`);
    await page.getByRole("heading", { level: 1, name: "Apply for Technical writer" }).waitFor();
    const yearsField = page.getByLabel(/How many years .* \(required\)/);
    await yearsField.fill("about three");
    await page.getByLabel(/Which tool .* \(required\)/).selectOption("AsciiDoc");
    await page.getByRole("button", { name: "Send application" }).click();
    await page.getByText("The answer must be a number").waitFor();
    check(await yearsField.getAttribute("aria-invalid") === "true", "the number question is marked wrong");
    check(await page.getByLabel(/Which tool/).getAttribute("aria-invalid") === null, "the answered choice is not");
    await context.accessible(page, "the application form with a wrong answer");
    await context.snapshot(page, "apply-problem-desktop");

    await yearsField.fill("3");
    await page.getByRole("button", { name: "Send application" }).click();
    await page.getByText("Your application was sent.").waitFor();
    const answers = await page.locator(".answers dd").allTextContents();
    check(answers.join("|") === "3|AsciiDoc", `the answers given are shown back (${answers.join("|")})`);
}

export async function catchesUpAfterTheConnectionDrops(context) {
    const labels = words(context);
    const talent = await newTalent(context, "Femi");
    const application = await applyThroughApi(context, talent, "Backend engineer (PostgreSQL)");
    const employer = await context.token(demo.employer, "employer");
    const page = await context.page(phone);
    let connected = liveSocket(page);
    await context.signIn(page, talent, "/applications");
    const card = page.locator(".card").filter({ hasText: "Backend engineer (PostgreSQL)" });
    await card.locator(".badge", { hasText: labels.status.applied }).waitFor();
    const first = await connected;
    await page.evaluate(() => (window.stillTheSamePage = true));

    // The network goes; the company decides meanwhile; the network comes back.
    const closed = new Promise((resolve) => first.on("close", resolve));
    await page.context().setOffline(true);
    await closed;
    await context.api("PATCH", `/api/v1/applications/${application.id}/status`, { token: employer.token, body: { status: "shortlisted" } });
    connected = liveSocket(page);
    await page.context().setOffline(false);
    await connected;
    await card.locator(".badge", { hasText: labels.status.shortlisted }).waitFor();
    check(await page.evaluate(() => window.stillTheSamePage === true), "the socket came back by itself and the page caught up without a reload");
}

export async function aMoveIsNotUndoneByAnAnswerFromBefore(context) {
    // The list asked for again when the connection comes back may answer after a move that came
    // in meanwhile; that older answer once put the old status back on screen.
    const labels = words(context);
    const talent = await newTalent(context, "Tobi");
    const application = await applyThroughApi(context, talent, "Customer success associate");
    const employer = await context.token(demo.employer, "employer");
    const page = await context.page(phone);
    let connected = liveSocket(page);
    await context.signIn(page, talent, "/applications");
    const card = page.locator(".card").filter({ hasText: "Customer success associate" });
    await card.locator(".badge", { hasText: labels.status.applied }).waitFor();
    const first = await connected;

    // From now on the list's answers are read from the server at once but held back.
    let holding = true;
    const held = [];
    await page.route("**/api/v1/applications/mine*", async (route) => {
        if (!holding)
            return route.continue();
        const response = await route.fetch();
        held.push(() => route.fulfill({ response }).catch(() => {})); // dropped by the page: fine
    });
    const closed = new Promise((resolve) => first.on("close", resolve));
    await page.context().setOffline(true);
    await closed;
    connected = liveSocket(page);
    await page.context().setOffline(false);
    await connected;
    // The page asks for its list again once it is back online.
    for (let tries = 0; held.length === 0 && tries < 100; ++tries)
        await new Promise((resolve) => setTimeout(resolve, 50));
    check(held.length > 0, "the page asked for its list again when the connection came back");
    holding = false;

    await context.api("PATCH", `/api/v1/applications/${application.id}/status`, { token: employer.token, body: { status: "shortlisted" } });
    await card.locator(".badge", { hasText: labels.status.shortlisted }).waitFor();
    for (const release of held)
        await release();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    check((await card.locator(".badge").textContent()).includes(labels.status.shortlisted),
        "the move stays on screen after the older answer arrives");
}
