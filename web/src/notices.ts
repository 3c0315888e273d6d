// SPDX-License-Identifier: Apache-2.0
// How many of the signed-in talent's notifications are unread, for the header's badge: asked on
// sign-in and after every reconnection (events may have been missed meanwhile), then counted up
// as live "notification" events arrive.
import { call } from "./api";
import * as live from "./live";
import { signal } from "./signal";

export interface Notification {
    id: number;
    type: string;
    title: string;
    body: string;
    data: Record<string, unknown>;
    read: boolean;
    read_at: string | null;
    created_at: string;
}

/** Unread notifications; null until known. */
export const unreadNotifications = signal<number | null>(null);

export async function refreshUnread(): Promise<void> {
    try {
        const stats = await call<{ unread: number }>("notificationStats");
        unreadNotifications.set(stats.unread);
    } catch {
        // Unknown for now; the next reconnection or page asks again.
    }
}

/** Follows the count while signed in; the returned function stops following. */
export function followUnread(): () => void {
    refreshUnread();
    const stops = [
        live.subscribe("notification", (notification: Notification) => {
            const count = unreadNotifications.get();
            if (!notification.read && count !== null)
                unreadNotifications.set(count + 1);
        }),
        live.state.subscribe((now) => {
            if (now === "online")
                refreshUnread();
        }),
    ];
    return () => {
        stops.forEach((stop) => stop());
        unreadNotifications.set(null);
    };
}
