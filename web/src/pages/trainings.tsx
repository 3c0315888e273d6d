// SPDX-License-Identifier: Apache-2.0
// Trainings: the search (its filters in the address), a training's page by its slug where a talent
// applies with a few words of motivation, and the talent's training applications with what the
// shared workflow lets the talent do with each (withdraw).
import { useRef, useState } from "preact/hooks";
import { call, type Page } from "../api";
import { useLive } from "./follow";
import { navigateQuery, useLocation, useSearchText } from "../router";
import { session } from "../session";
import { useValue } from "../signal";
import { Alert, Button, Loading, Missing, Pager, Select, StatusBadge, TextField, formatDate, useLoad, useTitle } from "../ui";
import { MotivationForm } from "./motivation";
import { choiceLabel, choices, pay, statusLabel } from "../vocabulary";
import { Withdraw } from "./withdraw";

export interface Training {
    id: number;
    slug: string;
    title: string;
    summary: string | null;
    description: string;
    mode: string;
    location: string | null;
    state: string | null;
    start_date: string | null;
    end_date: string | null;
    application_deadline: string | null;
    capacity: number | null;
    seats_left: number | null;
    fee: number;
    currency: string;
    status: string;
    company: { id: number; name: string };
    skills: { id: number; name: string }[];
}

interface TrainingApplication {
    id: number;
    status: string;
    motivation: string | null;
    decided_reason: string | null;
    created_at: string;
    training: { id: number; slug: string; title: string; status: string; mode: string; start_date: string | null; end_date: string | null; company: { name: string } };
}

interface TrainingStatus {
    applied: boolean;
    application_id: number | null;
    status: string | null;
}

function when(training: Pick<Training, "start_date" | "end_date">): string {
    if (!training.start_date)
        return "Dates to be announced";
    return training.end_date && training.end_date !== training.start_date
        ? `${formatDate(training.start_date)} – ${formatDate(training.end_date)}`
        : formatDate(training.start_date);
}

function cost(training: Pick<Training, "fee" | "currency">): string {
    return training.fee > 0 ? pay(training.fee, training.fee, training.currency, "") : "Free";
}

/** Calls @p onMove(applicationId, status) whenever the company moves one of the talent's
 *  training applications. */
function useTrainingMoves(onMove: (id: number, status: string) => void) {
    useLive("notification", (notification: { type?: string; data?: { training_application_id?: number; status?: string } }) => {
        const { training_application_id: id, status } = notification.data ?? {};
        if (notification.type === "training_application" && id && status)
            onMove(id, status);
    });
}

export function TrainingsPage() {
    useTitle("Trainings");
    const url = useLocation();
    const signedIn = useValue(session);
    const q = url.searchParams.get("q") ?? "";
    const mode = url.searchParams.get("mode") ?? "";
    const page = Number(url.searchParams.get("page") ?? "1") || 1;
    const [query, setQuery] = useSearchText(q);
    const list = useLoad((signal) => call<Page<Training>>("trainings", { query: { q, mode, page, limit: 20 }, signal }), [url.search]);
    const go = (changes: Record<string, string | number>) => navigateQuery(url, changes);
    return (
        <section>
            <h1>Trainings</h1>
            {signedIn && <p><a href="/applications/trainings">Your training applications</a></p>}
            <form class="filters filters-trainings" role="search" onSubmit={(e) => { e.preventDefault(); go({ q: query.trim() }); }}>
                <TextField label="What" type="search" name="q" placeholder="Title, subject or company" value={query} onValue={setQuery} />
                <Select label="Mode" name="mode" value={mode} onValue={(v) => go({ mode: v })}
                    options={[{ value: "", text: "Any mode" }, ...choices("mode")]} />
                <Button type="submit">Search</Button>
            </form>
            {list.error && <Alert>{list.error}</Alert>}
            {list.loading && !list.data && <Loading what="Finding trainings…" />}
            {list.data && (
                <>
                    <p class="count" role="status">
                        {list.data.meta.total === 0 ? "No training matches." : `${list.data.meta.total} ${list.data.meta.total === 1 ? "training" : "trainings"}`}
                    </p>
                    <ul class="cards">
                        {list.data.data.map((training) => (
                            <li key={training.id} class="card">
                                <h2><a href={`/trainings/${encodeURIComponent(training.slug)}`}>{training.title}</a></h2>
                                <p class="meta">{training.company?.name} · {choiceLabel("mode", training.mode)} · {when(training)}</p>
                                <p class="pay">{cost(training)}</p>
                                {training.summary && <p>{training.summary}</p>}
                            </li>
                        ))}
                    </ul>
                    <Pager page={list.data.meta.page} pages={list.data.meta.pages} onPage={(p) => go({ page: p })} />
                </>
            )}
        </section>
    );
}

export function TrainingPage({ params }: { params: Record<string, string> }) {
    const signedIn = useValue(session);
    const training = useLoad((signal) => call<Training>("trainingBySlug", { params: { slug: params.slug }, signal }), [params.slug]);
    const trainingId = training.data?.id;
    const standing = useLoad(
        async (signal) => (signedIn && trainingId ? call<TrainingStatus>("trainingApplicationStatus", { params: { id: trainingId }, signal }) : null),
        [trainingId, signedIn?.token],
    );
    const [news, setNews] = useState("");
    const heading = useRef<HTMLHeadingElement>(null);
    useTrainingMoves((id, status) => {
        if (id === standing.data?.application_id) {
            setNews(`Your application moved to ${statusLabel(status)}.`);
            standing.reload();
        }
    });
    useTitle(training.data?.title ?? "Training");
    if (training.loading && !training.data)
        return <Loading what="Loading the training…" />;
    if (training.error || !training.data)
        return <Missing title="Training not found" error={training.error} back="/trainings" backText="Back to the trainings" />;
    const t = training.data;
    const here = `/trainings/${encodeURIComponent(t.slug)}`;
    const mine = standing.data;
    const withdraw = async () => {
        await call("moveTrainingApplication", { params: { id: mine!.application_id! }, body: { status: "withdrawn" } });
        setNews(`You withdrew from ${t.title}. You can apply again while it is open.`);
        standing.reload();
        heading.current?.focus();
    };
    const canApply = t.status === "published" && (!mine?.applied || mine.status === "withdrawn");
    return (
        <article class="training">
            <p><a href="/trainings">← All trainings</a></p>
            <h1 ref={heading} tabIndex={-1}>{t.title}</h1>
            <p class="meta">{t.company?.name} · {choiceLabel("mode", t.mode)}{t.state ? ` · ${t.state}` : ""}</p>
            <p class="meta">{when(t)}{t.application_deadline ? ` · apply by ${formatDate(t.application_deadline)}` : ""}</p>
            <p class="pay">{cost(t)}{t.seats_left !== null ? ` · ${t.seats_left} ${t.seats_left === 1 ? "seat" : "seats"} left` : ""}</p>
            <p class="live-news" role="status">{news}</p>
            {mine?.applied && mine.status && (
                <div class="standing">
                    <p>Your application: <StatusBadge status={mine.status} /></p>
                    <Withdraw workflow="training_application" status={mine.status} what={t.title} onWithdraw={withdraw} />
                </div>
            )}
            {!signedIn && t.status === "published" && (
                <div class="actions"><a class="button button-primary" href={`/login?next=${encodeURIComponent(here)}`}>Sign in to apply</a></div>
            )}
            {signedIn && !standing.loading && canApply && (
                <section class="apply-training" aria-labelledby="apply-training">
                    <h2 id="apply-training">Apply</h2>
                    <MotivationForm offer={`training.${t.id}`} action="Apply for this training" apply={async (motivation) => {
                        await call("applyToTraining", { params: { id: t.id }, body: motivation ? { motivation } : {}, fields: ["motivation"] });
                        setNews(`You applied for ${t.title}.`);
                        standing.reload();
                    }} />
                </section>
            )}
            {t.status !== "published" && <p class="meta">This training no longer takes applications.</p>}
            <h2>About the training</h2>
            <p class="text">{t.description}</p>
            {t.location && <p>Where: {t.location}</p>}
            {t.skills?.length > 0 && (
                <>
                    <h2>Skills taught</h2>
                    <ul class="tags">{t.skills.map((s) => <li key={s.id}>{s.name}</li>)}</ul>
                </>
            )}
        </article>
    );
}

export function TrainingApplicationsPage() {
    useTitle("Your training applications");
    const url = useLocation();
    const page = Number(url.searchParams.get("page") ?? "1") || 1;
    const list = useLoad((signal) => call<Page<TrainingApplication>>("myTrainingApplications", { query: { page, limit: 20 }, signal }), [url.search]);
    const [news, setNews] = useState("");
    const heading = useRef<HTMLHeadingElement>(null);
    useTrainingMoves((id, status) => {
        const application = list.data?.data.find((a) => a.id === id);
        if (application)
            setNews(`Your application for ${application.training.title} moved to ${statusLabel(status)}.`);
        list.reload();
    });
    return (
        <section>
            <h1 ref={heading} tabIndex={-1}>Your training applications</h1>
            <p><a href="/applications">Your job applications</a> · <a href="/trainings">Find trainings</a></p>
            <p class="live-news" role="status">{news}</p>
            {list.error && <Alert>{list.error}</Alert>}
            {list.loading && !list.data && <Loading what="Loading your training applications…" />}
            {list.data && (
                <>
                    {list.data.meta.total === 0 && <p>You have not applied for a training yet. <a href="/trainings">Find trainings</a></p>}
                    <ul class="cards">
                        {list.data.data.map((application) => (
                            <li key={application.id} class="card">
                                <h2><a href={`/trainings/${encodeURIComponent(application.training.slug)}`}>{application.training.title}</a></h2>
                                <p class="meta">{application.training.company?.name} · {choiceLabel("mode", application.training.mode)} · {when(application.training)}</p>
                                <p><StatusBadge status={application.status} />
                                    {application.decided_reason && <span class="meta"> · {application.decided_reason}</span>}</p>
                                <Withdraw workflow="training_application" status={application.status} what={application.training.title}
                                    onWithdraw={async () => {
                                        await call("moveTrainingApplication", { params: { id: application.id }, body: { status: "withdrawn" } });
                                        setNews(`You withdrew from ${application.training.title}.`);
                                        list.reload();
                                        heading.current?.focus();
                                    }} />
                            </li>
                        ))}
                    </ul>
                    <Pager page={list.data.meta.page} pages={list.data.meta.pages} onPage={(p) => navigateQuery(url, { page: p })} />
                </>
            )}
        </section>
    );
}
