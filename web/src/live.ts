// SPDX-License-Identifier: Apache-2.0
// The portal's one live connection to the server: Socket.IO on the server's own port (the events
// are in docs/chat-protocol.md). The stock socket.io-client is imported only when a talent signs
// in, so it stays out of the first load; it reconnects by itself after a network loss.
//
// The whole API:
//   connect(session)            on sign-in (again with a new token: reconnects as the new user)
//   disconnect()                on sign-out
//   subscribe(event, handler)   a server event ("response_message", "notification", …); returns
//                               the unsubscribe function. Works before connect and across
//                               reconnections: subscribe once, at any time.
//   emit(event, data)           sends an event and resolves with the server's acknowledgement;
//                               rejects with a LiveError when not connected, when the server
//                               answers {status: "error"} or when no answer comes in time.
//                               Nothing is queued: a caller that must not lose what it sends
//                               keeps it until emit resolves (the chat's outbox does).
//   state                       a signal: "offline" (signed out), "connecting" (first attempt),
//                               "online", "reconnecting" (the connection was lost; retrying).
import type { Socket } from "socket.io-client";
import type { Session } from "./session";
import { signal } from "./signal";

export type LiveState = "offline" | "connecting" | "online" | "reconnecting";

export const state = signal<LiveState>("offline");

export class LiveError extends Error {
    /** True when the server answered with a refusal (the message says why); false when it did not answer. */
    readonly refused: boolean;
    constructor(message: string, refused: boolean) {
        super(message);
        this.refused = refused;
    }
}

type Handler = (data: any) => void;
const handlers = new Map<string, Set<Handler>>();

let socket: Socket | null = null;
let current: { userId: number; token: string } | null = null;
let retry: ReturnType<typeof setTimeout> | undefined;

export function subscribe(event: string, handler: Handler): () => void {
    let set = handlers.get(event);
    if (!set)
        handlers.set(event, (set = new Set()));
    set.add(handler);
    return () => {
        set.delete(handler);
    };
}

function dispatch(event: string, data: unknown): void {
    for (const handler of [...(handlers.get(event) ?? [])]) {
        try {
            handler(data);
        } catch (error) {
            console.error(`live ${event} handler failed`, error);
        }
    }
}

export async function connect(session: Session): Promise<void> {
    const wanted = { userId: session.user.id, token: session.token };
    if (current && current.userId === wanted.userId && current.token === wanted.token)
        return;
    disconnect();
    current = wanted;
    state.set("connecting");
    let io: typeof import("socket.io-client").io;
    try {
        ({ io } = await import("socket.io-client"));
    } catch {
        // The code could not be fetched (offline right after sign-in): try again shortly.
        if (current === wanted) {
            current = null;
            retry = setTimeout(() => connect(session), 5000);
        }
        return;
    }
    if (current !== wanted)
        return; // signed out or in as someone else meanwhile
    // Credentials travel in the connect packet, not in the address, so no log records them.
    const s = io(location.origin, {
        path: "/socket.io/",
        transports: ["websocket"],
        auth: { userId: wanted.userId, token: wanted.token },
        reconnectionDelay: 1000,
        reconnectionDelayMax: 5000,
        // An attempt that hangs (a network that drops packets) is given up sooner than the
        // default 20 s, so the next one comes soon after the network does.
        timeout: 8000,
    });
    socket = s;
    let everConnected = false;
    s.on("connect", () => {
        everConnected = true;
        state.set("online");
    });
    // socket.io-client retries network failures itself; a refusal or a disconnection by the
    // server (a token it does not take right now, too many sockets) it leaves to us.
    const later = () => {
        if (s.active)
            return;
        clearTimeout(retry);
        retry = setTimeout(() => socket === s && s.connect(), 10000);
    };
    s.on("disconnect", () => {
        if (socket !== s)
            return;
        state.set("reconnecting");
        later();
    });
    s.on("connect_error", () => {
        if (socket !== s)
            return;
        state.set(everConnected ? "reconnecting" : "connecting");
        later();
    });
    s.onAny((event: string, data: unknown) => dispatch(event, data));
    // Back on the network: do not wait for the next back-off step.
    window.addEventListener("online", wake);
}

function wake(): void {
    if (socket && !socket.connected && !socket.active)
        socket.connect();
}

export function disconnect(): void {
    clearTimeout(retry);
    window.removeEventListener("online", wake);
    current = null;
    const s = socket;
    socket = null;
    s?.disconnect();
    state.set("offline");
}

export async function emit<T = unknown>(event: string, data: unknown, timeoutMs = 10000): Promise<T> {
    const s = socket;
    if (!s || !s.connected)
        throw new LiveError("Not connected", false);
    let answer: any;
    try {
        answer = await s.timeout(timeoutMs).emitWithAck(event, data);
    } catch {
        throw new LiveError("No answer from the server", false);
    }
    if (answer && typeof answer === "object" && !Array.isArray(answer) && answer.status === "error")
        throw new LiveError(String(answer.message ?? "Refused"), true);
    return answer as T;
}
