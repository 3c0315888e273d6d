// SPDX-License-Identifier: Apache-2.0
// Another person's client in the test process: a stock socket.io-client connection, as an
// employer's desktop or web client holds one; and a new talent the demo employer has written to.
import { io } from "socket.io-client";
import { demo } from "./support.mjs";
import { newTalent } from "./talents.mjs";

/** Resolves with the next @p event on @p socket whose data passes @p test. */
export function next(socket, event, test = () => true, timeoutMs = 20000) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            socket.off(event, listener);
            reject(new Error(`no ${event} within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        const listener = (data) => {
            if (!test(data))
                return;
            clearTimeout(timer);
            socket.off(event, listener);
            resolve(data);
        };
        socket.on(event, listener);
    });
}

/** @p who's live connection; the test closes it with .disconnect(). */
export async function liveClient(context, who = demo.employer, kind = "employer") {
    const { token, user } = await context.token(who, kind);
    const socket = io(context.base, { transports: ["websocket"], reconnection: false, auth: { userId: user.id, token } });
    const connected = next(socket, "connect");
    const refused = next(socket, "connect_error").then((error) => { throw new Error(`refused: ${error.message}`); });
    await Promise.race([connected, refused]);
    refused.catch(() => {});
    socket.user = user;
    socket.token = token;
    socket.ask = (event, data = {}) => socket.timeout(10000).emitWithAck(event, data);
    return socket;
}

/** A new talent (with their token) to whom the demo employer wrote @p count messages, text(i), while
 *  the talent was away: {talent, chat}. */
export async function talentWrittenTo(context, firstName, count, text) {
    const who = await newTalent(context, firstName);
    const talent = { ...who, ...(await context.token(who)) };
    const employer = await liveClient(context, demo.employer, "employer");
    try {
        const chat = await employer.ask("create_chat", { receiver_id: talent.user.id });
        for (let i = 1; i <= count; ++i)
            await employer.ask("create_message", { chat_id: chat.id, receiver_id: talent.user.id, message: text(i) });
        return { talent, chat };
    } finally {
        employer.disconnect();
    }
}
