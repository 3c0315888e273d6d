// SPDX-License-Identifier: Apache-2.0
// The talent's conversations with employers, live: the list with unread counts and who is online,
// one conversation's messages (older ones on request) and the box to write in. What the talent
// writes is never lost: the draft of each conversation stays in sessionStorage until sent, and a
// message sent while the connection is down waits in the outbox, shown as waiting, until it is back.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { call } from "../api";
import { useDraft } from "../draft";
import * as live from "../live";
import { session } from "../session";
import { useValue } from "../signal";
import { Alert, Button, Loading, useTitle } from "../ui";
import { flush, onDelivered, outbox, pendingFor, queue, remove, retry, type Message, type Pending } from "./outbox";

interface Member {
    id: number;
    first_name: string;
    last_name: string;
    display_name: string;
    role: string;
    avatar_url: string | null;
    online: boolean;
    last_seen_at: string | null;
}

interface Chat {
    id: number;
    created_at: string;
    updated_at: string;
    unread_count: number;
    last_message: Message | null;
    members: Member[];
}

const pageSize = 30;
const maxChars = 2000;

function partnerOf(chat: Chat, me: number): Member | undefined {
    return chat.members.find((member) => member.id !== me) ?? chat.members[0];
}

function nameOf(member: Member | undefined): string {
    if (!member)
        return "Someone";
    return member.display_name || `${member.first_name} ${member.last_name}`.trim() || "Someone";
}

function timeOf(iso: string | null | undefined): string {
    if (!iso)
        return "";
    const when = new Date(iso);
    const today = new Date().toDateString() === when.toDateString();
    return today
        ? when.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })
        : when.toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

function presence(member: Member | undefined): string {
    if (!member)
        return "";
    if (member.online)
        return "Online";
    return member.last_seen_at ? `Last seen ${timeOf(member.last_seen_at)}` : "Offline";
}

/** Adds @p incoming to @p list by id, oldest first, without doubles. */
function merged(list: Message[], incoming: Message[]): Message[] {
    const byId = new Map(list.map((m) => [m.id, m]));
    for (const m of incoming)
        byId.set(m.id, { ...byId.get(m.id), ...m });
    return [...byId.values()].sort((a, b) => a.id - b.id);
}

function ConnectionNote() {
    const now = useValue(live.state);
    const text =
        now === "connecting" ? "Connecting…" :
        now === "reconnecting" ? "Reconnecting… Messages you send wait here and go as soon as the connection is back." :
        now === "offline" ? "Not connected." : "";
    return <p class={`connection${text ? " connection-down" : ""}`} role="status">{text}</p>;
}

function PendingItem({ p, onEdit }: { p: Pending; onEdit: (p: Pending) => void }) {
    const note =
        p.state === "failed" ? `Not sent: ${p.error}` :
        p.state === "sending" ? "Sending…" : "Waiting for the connection; it will be sent when it is back";
    return (
        <li class={`message mine pending${p.state === "failed" ? " failed" : ""}`}>
            <span class="visually-hidden">You: </span>
            <p class="text">{p.message}</p>
            <p class="message-meta">{note}</p>
            {p.state === "failed" && (
                <p class="message-actions">
                    <Button kind="link" onClick={() => retry(p.key)}>Try again</Button>
                    <Button kind="link" onClick={() => onEdit(p)}>Edit</Button>
                </p>
            )}
        </li>
    );
}

function Conversation({ chat, me, onSeen }: { chat: Chat; me: number; onSeen: (chatId: number) => void }) {
    const partner = partnerOf(chat, me);
    const name = nameOf(partner);
    const connection = useValue(live.state);
    const pending = pendingFor(useValue(outbox), chat.id);
    const [messages, setMessages] = useState<Message[] | null>(null);
    const [earlier, setEarlier] = useState(false);
    const [loadingEarlier, setLoadingEarlier] = useState(false);
    const [error, setError] = useState("");
    const [draft, setDraft] = useDraft(`wn.chat.draft.${me}.${chat.id}`);
    const [typing, setTyping] = useState(false);
    const typingSent = useRef(0);
    const box = useRef<HTMLTextAreaElement>(null);
    const log = useRef<HTMLDivElement>(null);
    const title = useRef<HTMLHeadingElement>(null);
    const stick = useRef(true); // keep the newest message in view unless older ones were asked for

    // The other side sees "typing…" while the talent writes: told at most every 3 s, and told
    // when the message goes. Nothing is stored, so nothing is sent while disconnected.
    const tellTyping = (isTyping: boolean) => {
        const now = Date.now();
        if (live.state.get() !== "online" || (isTyping && now - typingSent.current < 3000) || (!isTyping && !typingSent.current))
            return;
        typingSent.current = isTyping ? now : 0;
        live.emit("typing", { chat_id: chat.id, is_typing: isTyping }).catch(() => {});
    };

    // The newest page, over the live connection when it is up, else over HTTP.
    const latest = async (): Promise<Message[]> => {
        if (live.state.get() === "online") {
            try {
                return await live.emit<Message[]>("chat_messages", { chat_id: chat.id, limit: pageSize });
            } catch {
                // lost meanwhile: ask over HTTP
            }
        }
        return (await call<{ data: Message[] }>("chatMessages", { params: { id: chat.id }, query: { limit: pageSize } })).data;
    };

    useEffect(() => {
        let gone = false;
        let typingTimer: ReturnType<typeof setTimeout> | undefined;
        latest().then(
            (page) => {
                if (gone)
                    return;
                stick.current = true;
                setMessages((old) => merged(old ?? [], page));
                setEarlier(page.length === pageSize);
            },
            (e) => !gone && setError((e as Error).message),
        );
        const stops = [
            live.subscribe("response_message", (m: Message) => {
                if (m.chat_id === chat.id) {
                    if (m.sender_id !== me)
                        setTyping(false);
                    stick.current = true;
                    setMessages((old) => merged(old ?? [], [m]));
                }
            }),
            onDelivered((m) => {
                if (m.chat_id === chat.id) {
                    stick.current = true;
                    setMessages((old) => merged(old ?? [], [m]));
                }
            }),
            live.subscribe("typing", (t: { chat_id: number; user_id: number; is_typing: boolean }) => {
                if (t.chat_id !== chat.id || t.user_id === me)
                    return;
                setTyping(t.is_typing);
                clearTimeout(typingTimer);
                if (t.is_typing)
                    typingTimer = setTimeout(() => setTyping(false), 8000); // in case the "stopped" is lost
            }),
            live.subscribe("messages_seen", (seen: { chat_id: number; seen_at: string }) => {
                if (seen.chat_id === chat.id)
                    setMessages((old) => old && old.map((m) => (m.sender_id === me && !m.seen_at ? { ...m, seen_at: seen.seen_at } : m)));
            }),
            // Back after a loss: what came meanwhile.
            live.state.subscribe((now) => {
                if (now === "online")
                    latest().then((page) => !gone && setMessages((old) => merged(old ?? [], page)), () => {});
            }),
        ];
        return () => {
            gone = true;
            clearTimeout(typingTimer);
            stops.forEach((stop) => stop());
        };
    }, [chat.id]);

    // What the talent has now seen, the server is told of, and the list's badge clears.
    const unseen = !!messages?.some((m) => m.receiver_id === me && !m.seen_at);
    useEffect(() => {
        if (!unseen && chat.unread_count === 0)
            return;
        onSeen(chat.id);
        if (connection !== "online")
            return;
        live.emit("seen_message", { chat_id: chat.id }).then(
            () => setMessages((old) => old && old.map((m) => (m.receiver_id === me && !m.seen_at ? { ...m, seen_at: new Date().toISOString() } : m))),
            () => {},
        );
    }, [unseen, chat.unread_count, connection, chat.id]);

    // Opened from the list on a phone, the list goes away with the link that had the keyboard's
    // focus: the conversation's title takes it.
    useEffect(() => {
        const focused = document.activeElement as HTMLElement | null;
        if (!focused || focused === document.body || focused.offsetParent === null)
            title.current?.focus({ preventScroll: true });
    }, [chat.id]);

    useLayoutEffect(() => {
        if (stick.current && log.current)
            log.current.scrollTop = log.current.scrollHeight;
    }, [messages, pending.length]);

    const showEarlier = async () => {
        if (!messages?.length)
            return;
        setLoadingEarlier(true);
        try {
            const before = messages[0].id;
            const page = (await call<{ data: Message[] }>("chatMessages", { params: { id: chat.id }, query: { before, limit: pageSize } })).data;
            stick.current = false;
            setMessages((old) => merged(old ?? [], page));
            setEarlier(page.length === pageSize);
        } catch (e) {
            setError((e as Error).message);
        } finally {
            setLoadingEarlier(false);
        }
    };

    const send = (event?: Event) => {
        event?.preventDefault();
        const text = draft.trim();
        if (!text || !partner)
            return;
        const lastId = messages?.length ? messages[messages.length - 1].id : 0;
        queue(chat.id, partner.id, text, lastId);
        tellTyping(false);
        setDraft("");
        stick.current = true;
        box.current?.focus();
    };

    const edit = (p: Pending) => {
        remove(p.key);
        setDraft(draft ? `${draft}\n${p.message}` : p.message);
        box.current?.focus();
    };

    return (
        <section class="conversation" aria-labelledby="conversation-title">
            <p class="back"><a href="/messages">← All conversations</a></p>
            <h2 id="conversation-title" ref={title} tabIndex={-1}>{name}</h2>
            {/* While this side is disconnected, nobody's presence is known. */}
            <p class="meta">{connection === "online" ? presence(partner) : ""}</p>
            <Alert>{error}</Alert>
            {earlier && (
                <Button kind="secondary" busy={loadingEarlier} onClick={showEarlier}>Show earlier messages</Button>
            )}
            <div class="messages" ref={log} role="log" aria-live="polite" aria-label={`Messages with ${name}`} tabIndex={0}>
                {!messages && !error && <Loading what="Loading the messages…" />}
                <ol>
                    {messages?.map((m) => {
                        const mine = m.sender_id === me;
                        return (
                            <li key={m.id} class={`message${mine ? " mine" : ""}`}>
                                <span class="visually-hidden">{mine ? "You" : name}: </span>
                                <p class="text">{m.message}</p>
                                <p class="message-meta">
                                    {timeOf(m.created_at)}
                                    {mine && m.seen_at ? " · Seen" : ""}
                                </p>
                            </li>
                        );
                    })}
                    {pending.map((p) => <PendingItem key={p.key} p={p} onEdit={edit} />)}
                </ol>
                {messages?.length === 0 && pending.length === 0 && <p class="meta">No messages yet. Say hello.</p>}
            </div>
            <p class="typing meta">{typing ? `${name} is typing…` : ""}</p>
            <ConnectionNote />
            <form class="composer" onSubmit={send}>
                <label for="message-box">Message to {name}</label>
                <textarea
                    id="message-box"
                    ref={box}
                    value={draft}
                    maxLength={maxChars}
                    rows={2}
                    aria-describedby="message-hint"
                    onInput={(e) => {
                        setDraft(e.currentTarget.value);
                        tellTyping(e.currentTarget.value.trim() !== "");
                    }}
                    onBlur={() => tellTyping(false)}
                    onKeyDown={(e) => {
                        if (e.key === "Enter" && !e.shiftKey && !e.isComposing)
                            send(e);
                    }}
                />
                <p class="hint" id="message-hint">Enter sends; Shift+Enter starts a new line.</p>
                <Button type="submit" disabled={!draft.trim()}>Send</Button>
            </form>
        </section>
    );
}

export function MessagesPage({ params }: { params: Record<string, string> }) {
    useTitle("Messages");
    const me = useValue(session)?.user.id ?? 0;
    const chatId = params.id ? Number(params.id) : null;
    const [chats, setChats] = useState<Chat[] | null>(null);
    const [error, setError] = useState("");
    const connected = useValue(live.state) === "online";
    const open = useRef<number | null>(chatId);
    open.current = chatId;

    useEffect(() => {
        let gone = false;
        let loaded = false;
        // The list with its unread counts: get_chats over the live connection when it is up
        // (and again after each reconnection), else over HTTP.
        const load = (fromSocket: boolean) =>
            (fromSocket ? live.emit<Chat[]>("get_chats", {}) : call<{ data: Chat[] }>("chats").then((answer) => answer.data)).then(
                (list) => {
                    if (gone)
                        return;
                    loaded = true;
                    setChats(list);
                    setError("");
                },
                (e) => {
                    if (!gone && !loaded)
                        setError((e as Error).message);
                },
            );
        load(live.state.get() === "online");
        flush();
        const setOnline = (userId: number, online: boolean, lastSeen?: string) =>
            setChats((old) => old && old.map((c) => ({
                ...c,
                members: c.members.map((m) => (m.id === userId ? { ...m, online, last_seen_at: lastSeen ?? m.last_seen_at } : m)),
            })));
        const stops = [
            live.subscribe("response_message", (m: Message) => {
                setChats((old) => {
                    const found = old?.find((c) => c.id === m.chat_id);
                    if (!old || !found) {
                        load(true); // a conversation new to this list
                        return old;
                    }
                    const counts = m.receiver_id === me && open.current !== m.chat_id;
                    const updated = { ...found, last_message: m, updated_at: m.created_at, unread_count: found.unread_count + (counts ? 1 : 0) };
                    return [updated, ...old.filter((c) => c.id !== m.chat_id)];
                });
            }),
            onDelivered((m) => setChats((old) => old && old.map((c) => (c.id === m.chat_id ? { ...c, last_message: m } : c)))),
            live.subscribe("user_online", (p: { user_id: number }) => setOnline(p.user_id, true)),
            live.subscribe("user_offline", (p: { user_id: number; last_seen_at: string }) => setOnline(p.user_id, false, p.last_seen_at)),
            live.state.subscribe((now) => {
                if (now === "online")
                    load(true);
            }),
        ];
        return () => {
            gone = true;
            stops.forEach((stop) => stop());
        };
    }, [me]);

    const seen = (id: number) => setChats((old) => old && old.map((c) => (c.id === id && c.unread_count ? { ...c, unread_count: 0 } : c)));
    const chat = chats?.find((c) => c.id === chatId);

    return (
        <section class={`chat${chatId ? " chat-open" : ""}`}>
            <h1>Messages</h1>
            <Alert>{error}</Alert>
            <div class="chat-panes">
                <nav class="chat-list" aria-label="Conversations">
                    {!chats && !error && <Loading what="Loading your conversations…" />}
                    {chats?.length === 0 && <p class="meta">No conversations yet. When an employer writes to you, the conversation appears here.</p>}
                    <ul>
                        {chats?.map((c) => {
                            const partner = partnerOf(c, me);
                            return (
                                <li key={c.id}>
                                    <a href={`/messages/${c.id}`} aria-current={c.id === chatId ? "page" : undefined}>
                                        <span class="chat-name">
                                            {nameOf(partner)}
                                            {connected && partner?.online && <span class="online-dot" title="Online"><span class="visually-hidden"> (online)</span></span>}
                                        </span>
                                        {c.unread_count > 0 && (
                                            <span class="count-badge">{c.unread_count}<span class="visually-hidden"> unread</span></span>
                                        )}
                                        {c.last_message && (
                                            <span class="chat-last">
                                                {c.last_message.sender_id === me ? "You: " : ""}{c.last_message.message}
                                            </span>
                                        )}
                                    </a>
                                </li>
                            );
                        })}
                    </ul>
                </nav>
                {chatId !== null && chats && !chat && (
                    <section class="conversation">
                        <p class="back"><a href="/messages">← All conversations</a></p>
                        <h2>Conversation not found</h2>
                        <p>This conversation is not one of yours, or it no longer exists.</p>
                    </section>
                )}
                {chat && <Conversation key={chat.id} chat={chat} me={me} onSeen={seen} />}
                {chatId === null && chats && chats.length > 0 && (
                    <p class="chat-pick meta">Choose a conversation to read it.</p>
                )}
            </div>
        </section>
    );
}
