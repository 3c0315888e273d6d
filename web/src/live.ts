// SPDX-License-Identifier: Apache-2.0
// The portal's one live connection to the server: a Socket.IO socket (docs/chat-protocol.md) that
// every page shares. It opens once somebody listens while a talent is signed in, loads
// socket.io-client only then (it is not part of the first load), reconnects by itself after a
// drop, and follows the session: closed at sign-out, opened again with the new token at sign-in.
//
//   const stop = subscribe("notification", (n) => …);  // the server's events, by name
//   subscribe("connect", reload);   // after every (re)connection: catch up on what was missed
//   send("create_message", {...});  // to the server; kept until the socket is connected
//   useLive("notification", handler) in a component: subscribed while it is shown
//   useValue(liveStatus)            // "offline" | "connecting" | "online"
import type { Socket } from "socket.io-client";
import { useEffect, useRef } from "preact/hooks";
import { session } from "./session";
import { signal } from "./signal";

export type LiveHandler = (data: any) => void;
export type LiveStatus = "offline" | "connecting" | "online";

export const liveStatus = signal<LiveStatus>("offline");

const handlers = new Map<string, Set<LiveHandler>>();
let socket: Socket | null = null;
/** The token the socket was opened with, or is being opened with. */
let openedWith: string | null = null;
/** What send() was given before the socket existed. */
let queued: [string, unknown][] = [];

function dispatch(event: string, data?: unknown): void {
    for (const handler of [...(handlers.get(event) ?? [])]) {
        try {
            handler(data);
        } catch (error) {
            console.error(`live ${event}:`, error);
        }
    }
}

function close(): void {
    socket?.disconnect();
    socket = null;
    openedWith = null;
    queued = [];
    liveStatus.set("offline");
}

async function open(): Promise<void> {
    const current = session.get();
    if (!current || (handlers.size === 0 && queued.length === 0) || openedWith === current.token)
        return;
    socket?.disconnect(); // opened with a token that is no longer the session's
    socket = null;
    const token = current.token;
    openedWith = token;
    liveStatus.set("connecting");
    let io: typeof import("socket.io-client").io;
    try {
        ({ io } = await import("socket.io-client"));
    } catch {
        openedWith = null;
        liveStatus.set("offline");
        return;
    }
    if (openedWith !== token)
        return; // signed out or in again while loading; that call opens its own
    // The same origin; the server speaks Socket.IO over WebSocket only.
    const opened = io({
        path: "/socket.io/",
        transports: ["websocket"],
        query: { userId: String(current.user.id), token },
    });
    socket = opened;
    for (const [event, data] of queued.splice(0))
        opened.emit(event, data);
    opened.onAny((event: string, data: unknown) => dispatch(event, data));
    opened.on("connect", () => {
        liveStatus.set("online");
        dispatch("connect");
    });
    opened.on("disconnect", () => {
        liveStatus.set("connecting");
        dispatch("disconnect");
    });
    opened.on("connect_error", () => {
        // A refused token ends it (the next sign-in opens a new one); a network fault is retried
        // by the socket itself.
        if (!opened.active && socket === opened)
            liveStatus.set("offline");
    });
}

session.subscribe((current) => {
    if (!current)
        close();
    else
        void open();
});

/** Calls @p handler with the data of each @p event the server sends; answers the unsubscribe. */
export function subscribe(event: string, handler: LiveHandler): () => void {
    let set = handlers.get(event);
    if (!set)
        handlers.set(event, (set = new Set()));
    set.add(handler);
    void open();
    return () => {
        set.delete(handler);
        if (set.size === 0 && handlers.get(event) === set)
            handlers.delete(event);
    };
}

/** Sends @p event to the server, kept until the connection is up (dropped at sign-out). */
export function send(event: string, data?: unknown): void {
    if (socket)
        socket.emit(event, data);
    else if (session.get()) {
        queued.push([event, data]);
        void open();
    }
}

/** subscribe() for a component: @p handler (its latest version) while the component is shown. */
export function useLive(event: string, handler: LiveHandler): void {
    const latest = useRef(handler);
    latest.current = handler;
    useEffect(() => subscribe(event, (data) => latest.current(data)), [event]);
}
