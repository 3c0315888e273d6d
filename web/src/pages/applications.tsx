// SPDX-License-Identifier: Apache-2.0
// The talent's job applications: the list with where each one stands, and one application with
// its timeline, its answers and Withdraw. Both follow the server live: when the company moves an
// application, the status changes on screen without a reload.
import { useEffect, useRef, useState } from "preact/hooks";
import { call, type Page } from "../api";
import { useLive } from "./follow";
import { navigateQuery, useLocation } from "../router";
import { Alert, Loading, Missing, Pager, Select, StatusBadge, formatDate, useLoad, useTitle } from "../ui";
import { reasonLabel, statusLabel, statuses } from "../vocabulary";
import { Withdraw } from "./withdraw";

interface TimelineEvent {
    from: string | null;
    to: string;
    reason: string | null;
    at: string;
    by: "talent" | "company";
}

export interface Application {
    id: number;
    status: string;
    cover_letter: string | null;
    rejection_reason: string | null;
    applied_at: string | null;
    created_at: string;
    updated_at: string;
    answers: { question_id: number; question: string; answer: string }[];
    job: { id: number; title: string; slug: string; company: { id: number; name: string } };
    timeline?: TimelineEvent[];
}

/** A notification the server sends when the company moves one of the talent's applications. */
interface StatusNotification {
    type: string;
    title: string;
    data: { application_id?: number; status?: string };
}

/**
 * Calls @p onMove(applicationId, status) for each move of the talent's job applications the server
 * announces, and @p onConnect whenever the connection (re)opens: what moved while it was not
 * there is fetched again.
 */
function useApplicationMoves(onMove: (id: number, status: string) => void, onConnect: () => void) {
    useLive("notification", (notification: StatusNotification) => {
        const { application_id: id, status } = notification.data ?? {};
        if (notification.type === "application_status" && id && status)
            onMove(id, status);
    }, onConnect);
}

const filterOptions = [{ value: "", text: "Every status" }, ...statuses("application").filter((s) => s !== "draft").map((s) => ({ value: s, text: statusLabel(s) }))];

export function ApplicationsPage() {
    useTitle("Your applications");
    const url = useLocation();
    const status = url.searchParams.get("status") ?? "";
    const page = Number(url.searchParams.get("page") ?? "1") || 1;
    const list = useLoad((signal) => call<Page<Application>>("myApplications", { query: { status, page, limit: 20 }, signal }), [url.search]);
    const [moved, setMoved] = useState<Record<number, string>>({});
    const [news, setNews] = useState("");
    useEffect(() => setMoved({}), [list.data]);
    useApplicationMoves((id, to) => {
        const application = list.data?.data.find((a) => a.id === id);
        if (!application) {
            list.reload();
            return;
        }
        setMoved((old) => ({ ...old, [id]: to }));
        setNews(`Your application for ${application.job.title} moved to ${statusLabel(to)}.`);
        // A list asked for before the move (when the connection came back) may answer after it
        // and would undo it on screen: asking again drops that answer for one made after.
        list.reload();
    }, list.reload);

    const go = (changes: Record<string, string | number>) => navigateQuery(url, changes);

    return (
        <section>
            <h1>Your applications</h1>
            <p><a href="/applications/trainings">Your training applications</a></p>
            <div class="filters filters-narrow">
                <Select label="Status" name="status" value={status} options={filterOptions} onValue={(v) => go({ status: v })} />
            </div>
            <p class="live-news" role="status">{news}</p>
            {list.error && <Alert>{list.error}</Alert>}
            {list.loading && !list.data && <Loading what="Loading your applications…" />}
            {list.data && (
                <>
                    {list.data.meta.total === 0 && (
                        <p>{status ? "No application has this status." : <>You have not applied for a job yet. <a href="/jobs">Find jobs</a></>}</p>
                    )}
                    <ul class="cards">
                        {list.data.data.map((application) => (
                            <li key={application.id} class="card">
                                <h2><a href={`/applications/${application.id}`}>{application.job.title}</a></h2>
                                <p class="meta">{application.job.company?.name}</p>
                                <p><StatusBadge status={moved[application.id] ?? application.status} />{" "}
                                    <span class="meta">{application.applied_at ? `applied ${formatDate(application.applied_at)}` : ""}</span></p>
                            </li>
                        ))}
                    </ul>
                    <Pager page={list.data.meta.page} pages={list.data.meta.pages} onPage={(p) => go({ page: p })} />
                </>
            )}
        </section>
    );
}

function eventText(event: TimelineEvent): string {
    const what = event.from === null ? (event.to === "draft" ? "Draft saved" : "Applied") : statusLabel(event.to);
    const reason = event.reason ? ` (${reasonLabel(event.reason)})` : "";
    return what + reason;
}

export function ApplicationPage({ params }: { params: Record<string, string> }) {
    const url = useLocation();
    const sent = url.searchParams.get("sent") === "1";
    const id = Number(params.id);
    const loaded = useLoad((signal) => call<Application>("application", { params: { id }, signal }), [id]);
    const [application, setApplication] = useState<Application | null>(null);
    const [news, setNews] = useState(sent ? "Your application was sent." : "");
    const heading = useRef<HTMLHeadingElement>(null);
    useEffect(() => setApplication(loaded.data), [loaded.data]);
    useTitle(application ? `Application: ${application.job.title}` : "Application");
    // A move made elsewhere brings the whole application again, timeline included. Only the
    // newest answer counts: one asked for before a move may arrive after the one that shows it.
    const asked = useRef(0);
    const refresh = async () => {
        const mine = ++asked.current;
        try {
            const fresh = await call<Application>("application", { params: { id } });
            if (mine === asked.current)
                setApplication(fresh);
        } catch {
            if (mine === asked.current)
                loaded.reload();
        }
    };
    useApplicationMoves((movedId, to) => {
        if (movedId !== id)
            return;
        setNews(`Your application moved to ${statusLabel(to)}.`);
        void refresh();
    }, () => void refresh());

    if (loaded.loading && !application)
        return <Loading what="Loading the application…" />;
    if (!application)
        return <Missing title="Application not found" error={loaded.error} back="/applications" backText="Your applications" />;
    const a = application;
    const withdraw = async () => {
        const changed = await call<Application>("withdrawApplication", { params: { id: a.id }, body: {} });
        setApplication(changed);
        setNews("You withdrew this application.");
        heading.current?.focus();
    };
    return (
        <article class="application">
            <p><a href="/applications">← Your applications</a></p>
            <h1 ref={heading} tabIndex={-1}>{a.job.title}</h1>
            <p class="meta">{a.job.company?.name} · <a href={`/jobs/${encodeURIComponent(a.job.slug)}`}>The job</a></p>
            <p class="live-news" role="status">{news}</p>
            <p class="standing">Status: <StatusBadge status={a.status} />
                {a.status === "rejected" && a.rejection_reason && <span class="meta"> · {reasonLabel(a.rejection_reason)}</span>}</p>
            <Withdraw workflow="application" status={a.status} what={`the ${a.job.title} job`} onWithdraw={withdraw} />
            <h2>Timeline</h2>
            <ol class="timeline">
                {(a.timeline ?? []).map((event, index) => (
                    <li key={index}>
                        <span class="timeline-what">{eventText(event)}</span>
                        <span class="meta"> · {formatDate(event.at)} · {event.by === "talent" ? "by you" : `by ${a.job.company?.name ?? "the company"}`}</span>
                    </li>
                ))}
            </ol>
            {a.answers.length > 0 && (
                <>
                    <h2>Your answers</h2>
                    <dl class="answers">
                        {a.answers.map((answer) => (
                            <div key={answer.question_id}>
                                <dt>{answer.question}</dt>
                                <dd>{answer.answer}</dd>
                            </div>
                        ))}
                    </dl>
                </>
            )}
            {a.cover_letter && (
                <>
                    <h2>Your cover letter</h2>
                    <p class="text">{a.cover_letter}</p>
                </>
            )}
        </article>
    );
}
