// SPDX-License-Identifier: Apache-2.0
// Drives the server's /socket.io/ endpoint with the stock socket.io-client, as a web frontend
// would: node socketio-chat.mjs BASE_URL USER_A TOKEN_A USER_B TOKEN_B
import { io } from "socket.io-client";

const [baseUrl, userA, tokenA, userB, tokenB] = process.argv.slice(2);
const options = (query) => ({ transports: ["websocket"], reconnection: false, timeout: 5000, query });

function once(socket, event) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${event} within 5 s`)), 5000);
        socket.once(event, (data) => { clearTimeout(timer); resolve(data); });
    });
}

function check(condition, what) {
    if (!condition)
        throw new Error(`failed: ${what}`);
    console.log(`ok: ${what}`);
}

const sockets = [];
try {
    const alice = io(baseUrl, options({ userId: userA, token: tokenA }));
    const bob = io(baseUrl, options({ userId: userB, token: tokenB }));
    sockets.push(alice, bob);
    await Promise.all([once(alice, "connect"), once(bob, "connect")]);
    check(alice.connected && bob.connected, "both clients connect with query userId and token");

    alice.emit("create_chat", { receiver_id: Number(userB) });
    const chat = await once(alice, "chat_created");
    check(chat.id > 0 && chat.members.length === 2, "create_chat answers chat_created");

    const received = once(bob, "response_message");
    alice.emit("create_message", { chat_id: chat.id, receiver_id: Number(userB), message: "hello from socket.io-client" });
    const message = await received;
    check(message.message === "hello from socket.io-client" && message.chat_id === chat.id, "the receiver gets response_message");

    const chats = await bob.timeout(5000).emitWithAck("get_chats", {});
    check(Array.isArray(chats) && chats[0].unread_count === 1, "an acknowledged get_chats answers the chat list with its unread count");

    const failure = once(alice, "exception");
    alice.emit("create_message", { chat_id: chat.id });
    const error = await failure;
    check(error.status === "error" && /receiver_id/.test(error.message), "a bad payload gives exception, naming the field");
    check(alice.connected, "the connection stays open after an exception");

    const impostor = io(baseUrl, options({ userId: userB, token: tokenA }));
    sockets.push(impostor);
    const refused = await once(impostor, "connect_error");
    check(/Unauthorized/.test(refused.message), "someone else's userId with a valid token is refused");

    const viaAuth = io(baseUrl, { transports: ["websocket"], reconnection: false, auth: { userId: Number(userA), token: tokenA } });
    sockets.push(viaAuth);
    await once(viaAuth, "connect");
    check(viaAuth.connected, "credentials in the auth payload work too");

    for (const socket of sockets)
        socket.disconnect();
    console.log("all checks passed");
    process.exit(0);
} catch (error) {
    console.error(error.message);
    for (const socket of sockets)
        socket.disconnect();
    process.exit(1);
}
