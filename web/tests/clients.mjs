// SPDX-License-Identifier: Apache-2.0
// Another person's client in the test process: a stock socket.io-client connection, as an
// employer's desktop or web client holds one, and fresh talents signed up through the API.
import { io } from "socket.io-client";
import { check, demo } from "./support.mjs";

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

/** The six-digit code in @p mail, whose text may be base64 or quoted-printable. */
function codeIn(mail) {
    check(mail, "a verification mail");
    const [head, ...rest] = mail.split(/\r?\n\r?\n/);
    let body = rest.join("\n\n");
    if (/^Content-Transfer-Encoding:\s*base64/im.test(head))
        body = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    else
        body = body.replace(/=\r?\n/g, "");
    const code = body.match(/\b(\d{6})\b/);
    check(code, "a six-digit code in the verification mail");
    return code[1];
}

/** A new talent, signed up and verified through the API: {email, password, user, token}. */
export async function newTalent(context, firstName = "Chioma") {
    const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const email = `talent-${unique}@example.test`;
    const password = "Passw0rd!2026";
    await context.api("POST", "/api/v1/onboarding/talents/nigeria", {
        body: { first_name: firstName, last_name: "Eze", email, password, phone_number: `+23480${unique.slice(-8)}`, state: "Lagos" },
    });
    let mailed = null;
    for (let i = 0; i < 100 && !mailed; ++i) {
        try {
            mailed = context.newestMail(email);
        } catch {
            mailed = null; // no outbox yet
        }
        if (!mailed)
            await new Promise((r) => setTimeout(r, 100)); // the mail is written as the server sends it
    }
    await context.api("POST", "/api/v1/auth/verify-email", { body: { email, token: codeIn(mailed) } });
    const { token, user } = await context.token({ email, password });
    check(user.role === "talent", "the new account is a talent's");
    return { email, password, token, user };
}
