// SPDX-License-Identifier: Apache-2.0
// Messages the talent sent that the server has not acknowledged yet, kept in sessionStorage so
// that neither a lost connection nor a reload loses them. They go, in the order written, as soon
// as the live connection is up; until then the conversation shows them as waiting.
import * as live from "../live";
import { session } from "../session";
import { signal } from "../signal";

export interface Message {
    id: number;
    chat_id: number;
    sender_id: number;
    receiver_id: number;
    message: string;
    created_at: string;
    seen_at: string | null;
}

export interface Pending {
    key: string;
    user_id: number;
    chat_id: number;
    receiver_id: number;
    message: string;
    /** The newest message of the chat when this one was written: a resend looks for it after that. */
    after_id: number;
    state: "waiting" | "sending" | "failed";
    /** An earlier attempt went out but its answer never came: it may have been stored. */
    uncertain?: boolean;
    error?: string;
}

const storageKey = "wn.chat.outbox";

function stored(): Pending[] {
    try {
        const list = JSON.parse(sessionStorage.getItem(storageKey) ?? "[]") as Pending[];
        // A reload interrupted whatever was being sent: it may or may not have arrived.
        return list.map((p) => (p.state === "sending" ? { ...p, state: "waiting", uncertain: true } : p));
    } catch {
        return [];
    }
}

/** Every talent's pending messages in this tab; pendingFor() picks one chat's. */
export const outbox = signal<Pending[]>(stored());

function save(list: Pending[]): void {
    try {
        sessionStorage.setItem(storageKey, JSON.stringify(list));
    } catch {
        // Storage full or refused: the list still lives in memory.
    }
    outbox.set(list);
}

function update(key: string, changes: Partial<Pending>): void {
    save(outbox.get().map((p) => (p.key === key ? { ...p, ...changes } : p)));
}

export function remove(key: string): void {
    save(outbox.get().filter((p) => p.key !== key));
}

export function pendingFor(list: Pending[], chatId: number): Pending[] {
    const me = session.get()?.user.id;
    return list.filter((p) => p.chat_id === chatId && p.user_id === me);
}

/** Listeners told of each message the server acknowledged, so the conversation shows it at once. */
const deliveredListeners = new Set<(message: Message) => void>();
export function onDelivered(listener: (message: Message) => void): () => void {
    deliveredListeners.add(listener);
    return () => deliveredListeners.delete(listener);
}

export function queue(chatId: number, receiverId: number, text: string, afterId: number): void {
    const me = session.get()?.user.id;
    if (!me)
        return;
    const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    save([...outbox.get(), { key, user_id: me, chat_id: chatId, receiver_id: receiverId, message: text, after_id: afterId, state: "waiting" }]);
    flush();
}

/** Sends a failed message again. */
export function retry(key: string): void {
    update(key, { state: "waiting", error: undefined });
    flush();
}

/** Whether an earlier attempt at @p p did reach the server (its answer was lost on the way). */
async function arrived(p: Pending): Promise<Message | null> {
    const recent = await live.emit<Message[]>("chat_messages", { chat_id: p.chat_id, limit: 50 });
    return recent.find((m) => m.id > p.after_id && m.sender_id === p.user_id && m.message === p.message) ?? null;
}

let flushing = false;

export async function flush(): Promise<void> {
    if (flushing || live.state.get() !== "online")
        return;
    flushing = true;
    try {
        for (;;) {
            const me = session.get()?.user.id;
            const next = outbox.get().find((p) => p.user_id === me && p.state === "waiting");
            if (!next)
                break;
            update(next.key, { state: "sending" });
            try {
                const message = (next.uncertain && (await arrived(next))) ||
                    (await live.emit<Message>("create_message", { chat_id: next.chat_id, receiver_id: next.receiver_id, message: next.message }));
                remove(next.key);
                deliveredListeners.forEach((listener) => listener(message));
            } catch (error) {
                if (error instanceof live.LiveError && error.refused) {
                    update(next.key, { state: "failed", error: error.message.replace(/^create_message: /, "") });
                    continue;
                }
                // No answer: the connection went. It may have arrived; look before sending again.
                update(next.key, { state: "waiting", uncertain: true });
                if (live.state.get() === "online")
                    setTimeout(flush, 3000); // connected but unanswered: try again shortly
                break;
            }
        }
    } finally {
        flushing = false;
    }
}

live.state.subscribe((now) => {
    if (now === "online")
        flush();
});
