// SPDX-License-Identifier: Apache-2.0
// The talent's notifications, newest first and paged; new ones appear as they are created. One or
// all can be marked read; each says what it is about (its kind, in the shared vocabulary's words);
// a notification about something the portal has a page for (an application, a conversation, an
// internship, a course) opens that page.
import { useEffect, useState } from "preact/hooks";
import { call, type Page } from "../api";
import * as live from "../live";
import { refreshUnread, unreadNotifications, type Notification } from "../notices";
import { match, navigate, useLocation } from "../router";
import { routes } from "../routes";
import { useValue } from "../signal";
import { Alert, Button, LoadError, Loading, Pager, formatDate, useLoad, useTitle } from "../ui";
import { choiceLabel } from "../vocabulary";

const pageSize = 20;

/** The portal's page about each kind of notification, from the ids its data carries: ids name
 *  different things in different kinds (a sponsorship's "application_id" is no job application's). */
const pageOf: Record<string, (id: (key: string) => string | null) => string | null> = {
    chat_message: (id) => id("chat_id") && `/messages/${id("chat_id")}`,
    application_status: (id) => id("application_id") ? `/applications/${id("application_id")}` : "/applications",
    // A training's page goes by its slug, which the notification does not carry: the list of the
    // talent's training applications says where this one stands.
    training_application: () => "/applications/trainings",
    internship_application: () => "/internships",
    lms_enrolment_approved: () => "/learning",
    lms_enrolment_declined: () => "/learning",
    lms_course_completed: () => "/learning",
};

/** The portal's page @p n is about, if the portal has one. */
function targetOf(n: Notification): string | null {
    const d = n.data ?? {};
    const id = (key: string) => (typeof d[key] === "number" || typeof d[key] === "string" ? encodeURIComponent(String(d[key])) : null);
    const path = pageOf[n.type]?.(id) ?? null;
    return path && match(routes, path) !== null ? path : null;
}

function when(iso: string): string {
    const date = new Date(iso);
    return new Date().toDateString() === date.toDateString()
        ? date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })
        : formatDate(iso);
}

export function NotificationsPage() {
    useTitle("Notifications");
    const url = useLocation();
    const page = Number(url.searchParams.get("page") ?? "1") || 1;
    const unread = useValue(unreadNotifications);
    const list = useLoad((signal) => call<Page<Notification>>("notifications", { query: { page, limit: pageSize }, signal }), [page]);
    const [items, setItems] = useState<Notification[]>([]);
    const [problem, setProblem] = useState("");
    const [busy, setBusy] = useState(false);
    useEffect(() => setItems(list.data?.data ?? []), [list.data]);

    // New notifications appear at the top of the first page as they come.
    useEffect(
        () => live.subscribe("notification", (n: Notification) => {
            if (page === 1)
                setItems((old) => (old.some((o) => o.id === n.id) ? old : [n, ...old]));
        }),
        [page],
    );
    useEffect(() => {
        refreshUnread();
    }, []);

    const readNow = (ids: number[]) =>
        setItems((old) => old.map((n) => (ids.includes(n.id) && !n.read ? { ...n, read: true, read_at: new Date().toISOString() } : n)));

    const markRead = async (n: Notification) => {
        setProblem("");
        try {
            await call("markNotificationsRead", { body: { ids: [n.id] } });
            readNow([n.id]);
            refreshUnread();
            // The button goes; the keyboard stays on the notification.
            requestAnimationFrame(() => document.getElementById(`notice-${n.id}`)?.focus());
        } catch (error) {
            setProblem((error as Error).message);
        }
    };

    const markAll = async () => {
        setProblem("");
        setBusy(true);
        try {
            await call("markAllNotificationsRead");
            readNow(items.map((n) => n.id));
            // A list still loading was asked for before this: read it again, so it shows them read.
            if (list.loading)
                list.reload();
            unreadNotifications.set(0);
            refreshUnread();
        } catch (error) {
            setProblem((error as Error).message);
        } finally {
            setBusy(false);
        }
    };

    return (
        <section>
            <h1>Notifications</h1>
            <div class="actions">
                <p class="count" role="status">
                    {unread === null ? "" : unread === 0 ? "Everything is read." : `${unread} unread`}
                </p>
                {!!unread && <Button kind="secondary" busy={busy} onClick={markAll}>Mark all as read</Button>}
            </div>
            <Alert>{problem}</Alert>
            <LoadError load={list} />
            {list.loading && !list.data && <Loading what="Loading your notifications…" />}
            {list.data && items.length === 0 && <p class="meta">No notifications yet.</p>}
            <ul class="cards notifications">
                {items.map((n) => {
                    const to = targetOf(n);
                    return (
                        <li key={n.id} class={`card notice${n.read ? "" : " unread"}`}>
                            <h2 id={`notice-${n.id}`} tabIndex={-1}>
                                {!n.read && <span class="visually-hidden">Unread: </span>}
                                {to ? <a href={to} onClick={() => !n.read && markRead(n)}>{n.title}</a> : n.title}
                            </h2>
                            {n.body && <p>{n.body}</p>}
                            <p class="meta">{choiceLabel("notification", n.type)} · {when(n.created_at)}</p>
                            {!n.read && (
                                <Button kind="link" onClick={() => markRead(n)} aria-label={`Mark as read: ${n.title}`}>Mark as read</Button>
                            )}
                        </li>
                    );
                })}
            </ul>
            {list.data && (
                <Pager page={list.data.meta.page} pages={list.data.meta.pages} onPage={(p) => navigate(`/notifications${p > 1 ? `?page=${p}` : ""}`)} />
            )}
        </section>
    );
}
