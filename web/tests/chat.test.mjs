// SPDX-License-Identifier: Apache-2.0
// The demo talent chats with the demo employer, whose client is a socket.io-client connection in
// this process: messages arrive live both ways, the unread badge clears when the conversation is
// opened, the draft survives a reload, a message written while offline waits and then goes, and
// the composer shows in a small window without scrolling.
import { liveClient, next, talentWrittenTo } from "./clients.mjs";
import { check, demo, desktop, phone } from "./support.mjs";

/** The employer's live client and their conversation with the demo talent. */
async function employerAndChat(context) {
    const employer = await liveClient(context, demo.employer, "employer");
    const { user: talent } = await context.token(demo.talent);
    const chats = await employer.ask("get_chats");
    const chat = chats.find((c) => c.members.some((m) => m.id === talent.id));
    check(chat, "the demo employer already has a conversation with the demo talent");
    const name = (id) => chat.members.find((m) => m.id === id).display_name;
    return { employer, talent, chat, employerName: name(employer.user.id) };
}

/** Runs @p test with the employer's client and the conversation, then closes the client. */
async function withEmployer(context, test) {
    const parts = await employerAndChat(context);
    try {
        await test(parts);
    } finally {
        parts.employer.disconnect();
    }
}

function say(employer, chat, talent, message) {
    return employer.ask("create_message", { chat_id: chat.id, receiver_id: talent.id, message });
}

export async function chatLiveWithAnEmployer(context) {
    await withEmployer(context, async ({ employer, talent, chat, employerName }) => {
        const page = await context.page(desktop);
        await context.signIn(page, demo.talent, "/messages");
        await page.getByRole("heading", { name: "Messages", level: 1 }).waitFor();
        const list = page.getByRole("navigation", { name: "Conversations" });
        const entry = list.getByRole("link", { name: new RegExp(employerName) });
        await entry.waitFor();
        check(/\d+ unread/.test(await entry.textContent()), "the conversation shows how many messages are unread");
        await entry.filter({ hasText: "(online)" }).waitFor(); // the employer's client is connected
        await context.accessible(page, "the conversations");

        const seen = next(employer, "messages_seen", (s) => s.chat_id === chat.id);
        await entry.click();
        await page.waitForURL(`**/messages/${chat.id}`);
        const log = page.getByRole("log", { name: `Messages with ${employerName}` });
        await log.getByText("Please bring your portfolio.").waitFor();
        await seen;
        await page.waitForFunction(
            (name) => ![...document.querySelectorAll("nav[aria-label=Conversations] a")].some((a) => a.textContent.includes(name) && /unread/.test(a.textContent)),
            employerName,
        );
        check(await log.getAttribute("aria-live") === "polite", "the messages are a polite live region");

        // The employer writes: "typing…", then the message, without a reload.
        await employer.ask("typing", { chat_id: chat.id, is_typing: true });
        const typingNote = page.getByText(`${employerName} is typing…`);
        await typingNote.waitFor();
        const hello = `Could you also share your GitHub profile? (${Date.now()})`;
        await say(employer, chat, talent, hello);
        await log.getByText(hello).waitFor();
        await typingNote.waitFor({ state: "hidden" });

        // The talent answers with Enter; Shift+Enter is a new line.
        const box = page.getByLabel(`Message to ${employerName}`);
        const talentTyping = next(employer, "typing", (t) => t.chat_id === chat.id && t.user_id === talent.id && t.is_typing);
        await box.click();
        await page.keyboard.type("Of course.");
        await talentTyping;
        await page.keyboard.press("Shift+Enter");
        await page.keyboard.type("It is github.com/ada-okafor");
        check(await box.inputValue() === "Of course.\nIt is github.com/ada-okafor", "Shift+Enter starts a new line instead of sending");
        const received = next(employer, "response_message", (m) => m.sender_id === talent.id && m.chat_id === chat.id);
        await page.keyboard.press("Enter");
        const reply = await received;
        check(reply.message === "Of course.\nIt is github.com/ada-okafor", `the employer receives the reply as written (${JSON.stringify(reply.message)})`);
        check(await box.inputValue() === "", "the box is empty once the message is sent");
        await log.getByText("It is github.com/ada-okafor").waitFor();
        await page.waitForFunction(() => !document.querySelector(".message.pending"));
        await context.accessible(page, "a conversation");
        await context.snapshot(page, "messages-desktop");

        // The Send button does the same.
        await box.fill("Thank you!");
        const thanks = next(employer, "response_message", (m) => m.message === "Thank you!");
        await page.getByRole("button", { name: "Send" }).click();
        await thanks;
    });
}

export async function nothingTypedIsLost(context) {
    await withEmployer(context, async ({ employer, talent, chat, employerName }) => {
        const page = await context.page(phone);
        await context.signIn(page, demo.talent, "/messages");
        await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: new RegExp(employerName) }).waitFor();
        await context.accessible(page, "the conversations on a phone");
        await context.snapshot(page, "messages-list-phone");
        await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: new RegExp(employerName) }).click();
        const box = page.getByLabel(`Message to ${employerName}`);
        await box.waitFor();
        check(!(await page.getByRole("navigation", { name: "Conversations" }).isVisible()), "on a phone the open conversation has the screen to itself");
        const focused = await page.evaluate(() => document.activeElement?.textContent);
        check(focused === employerName, `the conversation's title has the keyboard's focus (${focused})`);

        await box.fill("Half-written answer about the start date");
        await page.reload();
        await box.waitFor();
        check(await box.inputValue() === "Half-written answer about the start date", "the draft survives a reload");
        await context.snapshot(page, "messages-phone");

        // The network goes: the page says so, and what is sent meanwhile waits, visibly.
        await page.context().setOffline(true);
        await page.getByRole("status").filter({ hasText: "Reconnecting" }).waitFor();
        check(!(await page.getByText("Online", { exact: true }).isVisible()), "offline, the page does not claim to know who is online");
        await box.fill("I can start on the first of the month.");
        await page.keyboard.press("Enter");
        const waiting = page.locator(".message.pending").filter({ hasText: "I can start on the first of the month." });
        await waiting.getByText(/Waiting for the connection/).waitFor();
        check(await box.inputValue() === "", "the message left the box for the outbox");
        await context.accessible(page, "a conversation while offline");
        await context.snapshot(page, "messages-offline-phone");

        const arrived = next(employer, "response_message", (m) => m.sender_id === talent.id && m.message === "I can start on the first of the month.", 30000);
        await page.context().setOffline(false);
        const message = await arrived;
        check(message.chat_id === chat.id, "the waiting message is sent once the connection is back");
        await page.getByRole("log").getByText("I can start on the first of the month.").waitFor();
        await page.waitForFunction(() => !document.querySelector(".message.pending"));
        const later = await employer.ask("chat_messages", { chat_id: chat.id, limit: 10 });
        check(later.filter((m) => m.message === "I can start on the first of the month.").length === 1, "it was sent once");
    });
}

export async function sentWhileConnectingIsKeptThroughAReload(context) {
    await withEmployer(context, async ({ employer, talent, chat, employerName }) => {
        const page = await context.page(phone);
        // The server's socket cannot be reached (the pages still load): the page keeps connecting.
        let blocked = true;
        await page.routeWebSocket(/\/socket\.io\//, (socket) => (blocked ? socket.close() : socket.connectToServer()));
        await context.signIn(page, demo.talent, `/messages/${chat.id}`);
        const box = page.getByLabel(`Message to ${employerName}`);
        await box.waitFor();
        await page.getByRole("status").filter({ hasText: "Connecting…" }).waitFor();
        await box.fill("Written while connecting.");
        await page.keyboard.press("Enter");
        const waiting = page.locator(".message.pending").filter({ hasText: "Written while connecting." });
        await waiting.getByText(/Waiting for the connection/).waitFor();

        // A reload keeps the waiting message; when the socket is reachable again it goes.
        await page.reload();
        await waiting.waitFor();
        const arrived = next(employer, "response_message", (m) => m.sender_id === talent.id && m.message === "Written while connecting.", 30000);
        blocked = false;
        await arrived;
        await page.getByRole("log").getByText("Written while connecting.").waitFor();
        await page.waitForFunction(() => !document.querySelector(".message.pending"));
    });
}

export async function olderMessagesOnRequest(context) {
    const { talent, chat } = await talentWrittenTo(context, "Emeka", 35, (i) => `Question ${i} of 35`);
    const page = await context.page(desktop);
    await context.signIn(page, talent, `/messages/${chat.id}`);
    const log = page.getByRole("log");
    await log.getByText("Question 35 of 35").waitFor();
    check(await log.getByText("Question 1 of 35", { exact: true }).count() === 0, "the oldest messages wait until asked for");
    await page.getByRole("button", { name: "Show earlier messages" }).click();
    await log.getByText("Question 1 of 35", { exact: true }).waitFor();
    check(await log.getByRole("listitem").count() === 35, "each message shows once");
    await page.getByRole("button", { name: "Show earlier messages" }).waitFor({ state: "hidden" });
}

export async function theComposerFitsTheWindow(context) {
    // A long conversation in a small laptop's window and on a phone: the messages scroll in their
    // own box, and the box for the answer and its Send button show without scrolling the page.
    const { talent, chat } = await talentWrittenTo(context, "Ngozi", 12, (i) => `Point ${i} about the role`);
    for (const viewport of [{ width: 1024, height: 700 }, phone]) {
        const page = await context.page(viewport);
        await context.signIn(page, talent, `/messages/${chat.id}`);
        await page.getByRole("log").getByText("Point 12 about the role").waitFor();
        const send = await page.getByRole("button", { name: "Send" }).boundingBox();
        const box = await page.getByLabel(/^Message to /).boundingBox();
        check(box.y >= 0 && send.y + send.height <= viewport.height,
            `the composer and Send show in a ${viewport.width}×${viewport.height} window (Send ends at ${Math.round(send.y + send.height)})`);
        check(await page.evaluate(() => window.scrollY) === 0, "without scrolling the page");
        await context.snapshot(page, `chat-fits-${viewport.width}`);
    }
}
