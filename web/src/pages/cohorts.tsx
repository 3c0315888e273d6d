// SPDX-License-Identifier: Apache-2.0
// A talent's cohorts, as the desktop client's Cohorts section shows them: each cohort with its
// sessions and its instructors, their average rating and how many rated, and a rating of each
// instructor (once per cohort; the one given stays shown); below, the talent's own attendance
// log. A comment being written is kept in the tab until the server has it, and survives a
// refused rating.
import { useState } from "preact/hooks";
import { ApiError, call, type Page } from "../api";
import { draftKey, useDraft } from "../draft";
import { navigateQuery, useLocation } from "../router";
import { Button, ListState, Loading, LoadError, Pager, TextArea, Told, formatDate, useLoad, useTitle } from "../ui";
import { AttendanceLog, attendanceTime, useAttendanceLog } from "./attendancelog";

interface CohortRow {
    id: number;
    name: string;
    description: string | null;
    start_date: string | null;
    end_date: string | null;
    instructors: number;
}

interface Instructor {
    id: number;
    first_name: string;
    last_name: string;
    expertise: string | null;
    rating: { average: number | null; count: number };
    /** The talent's own rating of this instructor for this cohort, null until given. */
    your_rating: number | null;
}

interface CohortSession {
    id: number;
    title: string;
    starts_at: string;
    ends_at: string;
}

/** "7 Dec, 14:00 to 16:00", or with both days when it runs past midnight. */
function sessionTimes(session: CohortSession): string {
    const start = new Date(session.starts_at);
    const end = new Date(session.ends_at);
    const sameDay = start.toDateString() === end.toDateString();
    return `${attendanceTime(session.starts_at)} to ${sameDay
        ? end.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })
        : attendanceTime(session.ends_at)}`;
}

interface Cohort extends CohortRow {
    instructor_list: Instructor[];
    skills: { id: number; name: string }[];
}

const pageSize = 20;

function fullName(person: Instructor): string {
    return [person.first_name, person.last_name].filter(Boolean).join(" ");
}

/** An instructor's rating with how many gave it: one rating is no verdict. */
export function ratingText(rating: Instructor["rating"]): string {
    if (!rating?.count || rating.average === null)
        return "Not rated yet";
    const average = Number.isInteger(rating.average) ? String(rating.average) : rating.average.toFixed(1);
    return `Rated ${average} of 5 by ${rating.count} ${rating.count === 1 ? "talent" : "talents"}`;
}

function dates(cohort: CohortRow): string {
    if (cohort.start_date && cohort.end_date)
        return `${formatDate(cohort.start_date)} to ${formatDate(cohort.end_date)}`;
    if (cohort.start_date)
        return `From ${formatDate(cohort.start_date)}`;
    if (cohort.end_date)
        return `Until ${formatDate(cohort.end_date)}`;
    return "";
}

export function CohortsPage() {
    useTitle("Cohorts");
    const url = useLocation();
    const page = Number(url.searchParams.get("page") ?? "1") || 1;
    const logPage = Number(url.searchParams.get("log") ?? "1") || 1;
    const cohorts = useLoad((signal) => call<Page<CohortRow>>("cohorts", { query: { page, limit: pageSize }, signal }), [page]);
    const log = useAttendanceLog(logPage);
    const list = cohorts.data?.data ?? [];
    return (
        <section class="cohorts">
            <h1>Cohorts</h1>
            <ul class="section-nav" aria-label="On this page">
                <li><a href="#your-cohorts">Your cohorts</a></li>
                <li><a href="#your-attendance">Your attendance</a></li>
            </ul>
            <h2 id="your-cohorts" tabIndex={-1}>Your cohorts</h2>
            <LoadError load={cohorts} />
            {cohorts.loading && !cohorts.data && <Loading what="Loading your cohorts…" />}
            {cohorts.data && list.length === 0 && (
                <p class="empty">You are in no cohort yet. Once an admin adds you to one, its instructors and sessions show here.</p>
            )}
            {list.map((row) => <CohortPanel key={row.id} row={row} />)}
            {cohorts.data && (
                <Pager page={cohorts.data.meta.page} pages={cohorts.data.meta.pages} onPage={(p) => navigateQuery(url, { page: p })} />
            )}
            <h2 id="your-attendance" tabIndex={-1}>Your attendance</h2>
            <p>To check in to a session, point your phone's camera at the code your instructor shows. <a href="/check-in">About checking in</a></p>
            <AttendanceLog log={log} onPage={(p) => navigateQuery(url, { log: p, page })} />
        </section>
    );
}

/** One cohort: what it is, each instructor with their rating and the talent's own, its sessions. */
function CohortPanel({ row }: { row: CohortRow }) {
    const cohort = useLoad((signal) => call<Cohort>("cohort", { params: { id: row.id }, signal }), [row.id]);
    const sessions = useLoad((signal) => call<Page<CohortSession>>("cohortSessions", { params: { id: row.id }, query: { limit: 50 }, signal }), [row.id]);
    const shown: CohortRow = cohort.data ?? row;
    const titleId = `cohort-${row.id}`;
    const when = dates(shown);
    return (
        <section class="panel cohort" aria-labelledby={titleId}>
            <h3 id={titleId} class="cohort-name">{shown.name}</h3>
            {when && <p class="meta">{when}</p>}
            {shown.description && <p class="text">{shown.description}</p>}
            {cohort.data && cohort.data.skills.length > 0 && (
                <ul class="tags" aria-label={`Skills ${shown.name} teaches`}>
                    {cohort.data.skills.map((skill) => <li key={skill.id}>{skill.name}</li>)}
                </ul>
            )}
            <LoadError load={cohort} />
            {cohort.loading && !cohort.data && <Loading what="Loading its instructors…" />}
            {cohort.data && cohort.data.instructor_list.length === 0 && <p>No instructor teaches this cohort yet.</p>}
            {cohort.data && cohort.data.instructor_list.length > 0 && (
                <ul class="instructors" aria-label={`Instructors of ${shown.name}`}>
                    {cohort.data.instructor_list.map((person) => (
                        <InstructorCard key={person.id} cohortId={row.id} person={person} reload={cohort.reload} />
                    ))}
                </ul>
            )}
            <h4>Sessions</h4>
            <ListState load={sessions} loading="Loading its sessions…" empty="No session is planned yet." />
            {sessions.data && sessions.data.data.length > 0 && (
                <ul class="sessions" aria-label={`Sessions of ${shown.name}`}>
                    {sessions.data.data.map((session) => (
                        <li key={session.id}><strong>{session.title}</strong> · {sessionTimes(session)}</li>
                    ))}
                </ul>
            )}
        </section>
    );
}

function InstructorCard({ cohortId, person, reload }: { cohortId: number; person: Instructor; reload: () => void }) {
    const name = fullName(person);
    const rated = person.your_rating !== null && person.your_rating !== undefined;
    const [comment, keepComment, forgetComment] = useDraft(draftKey(`rating.${cohortId}.${person.id}`));
    const [stars, setStars] = useState(0);
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [busy, setBusy] = useState(false);
    const [thanks, setThanks] = useState("");
    const ids = `rate-${cohortId}-${person.id}`;

    const send = async (event: Event) => {
        event.preventDefault();
        if (busy)
            return;
        if (stars < 1) {
            setErrors({ rating: "Choose 1 to 5 stars" });
            requestAnimationFrame(() => (document.getElementById(`${ids}-1`) as HTMLElement | null)?.focus());
            return;
        }
        setBusy(true);
        setErrors({});
        const body: { rating: number; comment?: string } = { rating: stars };
        if (comment.trim())
            body.comment = comment.trim();
        try {
            const answer = await call<{ rating: number }>("rateInstructor", {
                params: { id: cohortId, instructor: person.id }, body, fields: ["rating", "comment"],
            });
            forgetComment();
            keepComment("");
            setStars(0);
            setThanks(`Thank you: you rated ${person.first_name} ${answer.rating} of 5.`);
            reload();
        } catch (error) {
            // A rating given meanwhile (in another tab or the desktop client) is refused: said
            // beside the stars, the comment kept, and the rating given read again to show it.
            const refusal = error instanceof ApiError ? error.about("rating") : null;
            setErrors(refusal ? refusal.fields : { rating: (error as Error).message });
            if (refusal?.status === 409)
                reload();
            requestAnimationFrame(() => (document.querySelector(`#${ids} [aria-invalid=true] input, #${ids} textarea[aria-invalid=true]`) as HTMLElement | null)?.focus());
        } finally {
            setBusy(false);
        }
    };

    // Once rated, the form goes, unless a refusal or an unsent comment has to stay in view.
    const showForm = !rated || !!errors.rating || !!errors.comment || !!comment;
    return (
        <li class="card instructor">
            <h4>{name}</h4>
            {person.expertise && <p class="meta">{person.expertise}</p>}
            <p class="rating">{ratingText(person.rating)}</p>
            {thanks && <Told text={thanks} kind="success" />}
            {rated && <p class="your-rating">You rated {person.first_name} {person.your_rating} of 5 for this cohort.</p>}
            {showForm && (
                <form id={ids} class="rate" onSubmit={send} noValidate>
                    {rated && errors.rating && <p class="field-error" role="alert">{errors.rating}</p>}
                    {!rated && (
                        <fieldset class="stars" role="radiogroup" aria-invalid={errors.rating ? true : undefined}
                            aria-describedby={errors.rating ? `${ids}-rating-error` : undefined}>
                            <legend>Your rating of {name}</legend>
                            {[1, 2, 3, 4, 5].map((n) => (
                                <label key={n} class={n <= stars ? "star star-on" : "star"}>
                                    <input type="radio" id={`${ids}-${n}`} name={`${ids}-stars`} value={n} checked={stars === n}
                                        onChange={() => { setStars(n); setErrors((old) => ({ ...old, rating: "" })); }} />
                                    <span aria-hidden="true">{n <= stars ? "★" : "☆"}</span>
                                    <span class="visually-hidden">{n} of 5</span>
                                </label>
                            ))}
                            <span class="meta star-count" aria-hidden="true">{stars > 0 ? `${stars} of 5` : "no stars yet"}</span>
                            {errors.rating && <p class="field-error" id={`${ids}-rating-error`}>{errors.rating}</p>}
                        </fieldset>
                    )}
                    <TextArea label={rated ? `Your comment on ${name}, not sent` : `Comment on ${name} (optional)`}
                        hint={rated ? "It was not sent: copy it if you want to keep it." : "What helped you learn, or what would."}
                        value={comment} error={errors.comment} maxLength={2000} rows={3}
                        onValue={(v) => { keepComment(v); setErrors((old) => ({ ...old, comment: "" })); }} />
                    {rated ? (
                        <Button type="button" kind="link" onClick={() => { forgetComment(); keepComment(""); setErrors({}); }}>Discard this comment</Button>
                    ) : (
                        <Button type="submit" busy={busy} aria-label={`Send my rating of ${name}`}>{busy ? "Sending…" : "Send my rating"}</Button>
                    )}
                </form>
            )}
        </li>
    );
}
