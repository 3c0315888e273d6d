// SPDX-License-Identifier: Apache-2.0
// Internships as the desktop client's talent pages have them: the open ones to apply for, the
// talent's applications with the moves the shared workflow allows, and the programmes the talent
// was admitted to, with the standing and, goal by goal, the evidence sent and the mentor's score.
import type { JSX } from "preact";
import { useRef, useState } from "preact/hooks";
import { ApiError, call, type Page } from "../api";
import { useDraft } from "../draft";
import { Alert, Button, ListState, StatusBadge, TextArea, Told, formatDate, useLoad, useTitle } from "../ui";
import { choiceLabel, moveLabel, moves, pay, statusLabel } from "../vocabulary";
import { MotivationForm } from "./motivation";

interface Internship {
    id: number;
    title: string;
    description: string | null;
    company: { id: number; name: string } | null;
    mode: string;
    location: string | null;
    start_date: string | null;
    end_date: string | null;
    application_deadline: string | null;
    stipend: number | null;
    places_left: number | null;
}

interface Application {
    id: number;
    status: string;
    decided_reason: string | null;
    created_at: string;
    internship: { id: number; title: string; company: { name: string } | null };
}

interface Admitted {
    application_id: number;
    status: string;
    standing: number;
    internship: Internship;
}

interface Standing {
    standing: number;
    scored_weight: number;
    kpis: { id: number; title: string; weight: number; max_score: number; score: number | null; points: number | null }[];
}

interface Submission {
    id: number;
    content: string;
    comment: string | null;
    score: number | null;
    links: string[];
    file: { key: string; url: string } | null;
    kpi: { id: number };
}

const workflow = "internship_application";

function facts(internship: Internship): string {
    return [
        internship.company?.name,
        choiceLabel("mode", internship.mode),
        internship.location,
        internship.start_date ? `starts ${formatDate(internship.start_date)}` : "",
        internship.stipend ? `stipend ${pay(0, internship.stipend, "NGN", "month")}` : "",
    ].filter(Boolean).join(" · ");
}

function OpenInternship({ internship, action }: { internship: Internship; action: JSX.Element }) {
    return (
        <li class="card">
            <h3>{internship.title}</h3>
            <p class="meta">{facts(internship)}</p>
            {internship.description && <p class="text">{internship.description}</p>}
            {internship.application_deadline && <p class="meta">Apply by {formatDate(internship.application_deadline)}</p>}
            <div class="actions">{action}</div>
        </li>
    );
}

export function InternshipsPage() {
    useTitle("Internships");
    const open = useLoad((signal) => call<Page<Internship>>("internships", { query: { limit: 50 }, signal }), []);
    const mine = useLoad((signal) => call<Page<Application>>("myInternshipApplications", { query: { limit: 50 }, signal }), []);
    const admitted = useLoad((signal) => call<Page<Admitted>>("myInternships", { query: { limit: 50 }, signal }), []);
    const [told, setTold] = useState<{ text: string; kind: "error" | "success" }>({ text: "", kind: "success" });
    const [busy, setBusy] = useState(0);

    const act = async (id: number, action: () => Promise<unknown>, done: string) => {
        setBusy(id);
        setTold({ text: "", kind: "success" });
        try {
            await action();
            setTold({ text: done, kind: "success" });
            mine.reload();
            admitted.reload();
        } catch (error) {
            setTold({ text: (error as Error).message, kind: "error" });
        } finally {
            setBusy(0);
        }
    };

    /** A button that runs @p run and says @p done, or what went wrong, where the keyboard goes. */
    const press = (key: number, text: string, label: string, run: () => Promise<unknown>, done: string, kind: "primary" | "secondary" = "primary") => (
        <Button key={text} kind={kind} busy={busy === key} aria-label={label} onClick={() => act(key, run, done)}>{text}</Button>
    );

    const applied = new Map((mine.data?.data ?? []).map((a) => [a.internship.id, a]));
    return (
        <section>
            <h1>Internships</h1>
            <ul class="section-nav" aria-label="On this page">
                <li><a href="#open">Open internships</a></li>
                <li><a href="#applications">My applications</a></li>
                <li><a href="#programmes">My internships</a></li>
            </ul>
            <Told {...told} />

            <h2 id="open">Open internships</h2>
            <ListState load={open} loading="Finding internships…" empty="No internship is open for applications now." />
            <ul class="cards">
                {open.data?.data.map((internship) => {
                    const application = applied.get(internship.id);
                    // A withdrawn application is renewed by applying again.
                    const action = !application || application.status === "withdrawn"
                        ? <MotivationForm offer={`internship.${internship.id}`} action={application ? "Apply again" : "Apply"} label={`Apply for ${internship.title}`}
                            question={`Why do you want to take part in ${internship.title}? (optional)`} apply={async (motivation) => {
                                await call("applyToInternship", { params: { id: internship.id }, body: motivation ? { motivation } : {}, fields: ["motivation"] });
                                setTold({ text: `You applied for ${internship.title}.`, kind: "success" });
                                mine.reload();
                            }} />
                        : <p class="meta">You applied: <StatusBadge status={application.status} /></p>;
                    return <OpenInternship key={internship.id} internship={internship} action={action} />;
                })}
            </ul>

            <h2 id="applications">My applications</h2>
            <ListState load={mine} loading="Loading your applications…" empty="You have not applied for an internship yet." />
            <ul class="cards">
                {mine.data?.data.map((application) => (
                    <li key={application.id} class="card">
                        <h3>{application.internship.title}</h3>
                        <p class="meta">{application.internship.company?.name} · applied {formatDate(application.created_at)}</p>
                        <p><StatusBadge status={application.status} /></p>
                        {application.decided_reason && <p>{application.decided_reason}</p>}
                        <div class="actions">
                            {moves(workflow, application.status, "talent").map((to) =>
                                press(-application.id, moveLabel(to, application.status), `${moveLabel(to, application.status)}: ${application.internship.title}`,
                                    () => call("moveInternshipApplication", { params: { id: application.id }, body: { status: to } }),
                                    to === "withdrawn" ? `You withdrew from ${application.internship.title}; apply again while it is open.`
                                        : `${application.internship.title}: ${statusLabel(to)}.`,
                                    "secondary"))}
                        </div>
                    </li>
                ))}
            </ul>

            <h2 id="programmes">My internships</h2>
            <ListState load={admitted} loading="Loading your internships…" empty="Once a company admits you to an internship, your goals and scores show here." />
            <ul class="cards">
                {admitted.data?.data.map((programme) => <Programme key={programme.application_id} programme={programme} />)}
            </ul>
        </section>
    );
}

/** One programme the talent is in: the standing, then each goal with its evidence and score. */
function Programme({ programme }: { programme: Admitted }) {
    const [round, setRound] = useState(0);
    const standing = useLoad((signal) => call<Standing>("internshipStanding", { params: { id: programme.application_id }, signal }), [round]);
    const sent = useLoad(
        (signal) => call<Page<Submission>>("myKpiSubmissions", { query: { internship_id: programme.internship.id, limit: 100 }, signal }),
        [round],
    );
    const byKpi = new Map((sent.data?.data ?? []).map((s) => [s.kpi.id, s]));
    const s = standing.data;
    return (
        <li class="card">
            <h3>{programme.internship.title}</h3>
            <p class="meta">{programme.internship.company?.name} · <StatusBadge status={programme.status} /></p>
            {standing.error && <Alert><p>{standing.error}</p></Alert>}
            {s && (
                <>
                    <p><strong>Standing: {s.standing} of 100</strong>, from {s.scored_weight}% of the weight scored so far</p>
                    <progress class="bar" max={100} value={s.standing} aria-label={`Standing in ${programme.internship.title}`} />
                    {s.kpis.length === 0 ? (
                        <p>The company has not set the goals of this internship yet.</p>
                    ) : (
                        <ol class="goals" aria-label={`Goals of ${programme.internship.title}`}>
                            {s.kpis.map((kpi) => (
                                <Goal key={kpi.id} kpi={kpi} submission={sent.data ? byKpi.get(kpi.id) ?? null : undefined}
                                    onSent={() => setRound((n) => n + 1)} />
                            ))}
                        </ol>
                    )}
                </>
            )}
        </li>
    );
}

function Goal({ kpi, submission, onSent }: { kpi: Standing["kpis"][number]; submission: Submission | null | undefined; onSent: () => void }) {
    const scored = kpi.score !== null && kpi.score !== undefined;
    return (
        <li class="goal">
            <h4>{kpi.title} <span class="meta">· weight {kpi.weight}</span></h4>
            <p class="meta">
                {scored ? `Scored ${kpi.score} of ${kpi.max_score}, adding ${kpi.points} points`
                    : submission ? "Sent; waiting for your mentor's score" : "No evidence sent yet"}
            </p>
            {submission?.comment && <p>Mentor: {submission.comment}</p>}
            {submission && (submission.links?.length > 0 || submission.file) && (
                <ul class="sent-links" aria-label={`Sent with the evidence for ${kpi.title}`}>
                    {submission.links?.map((link) => <li key={link}><a href={link} target="_blank" rel="noopener noreferrer">{link}</a></li>)}
                    {submission.file && <li><a href={submission.file.url} target="_blank" rel="noopener noreferrer">The document you sent</a></li>}
                </ul>
            )}
            {scored ? (submission && <p class="text">{submission.content}</p>)
                : submission !== undefined && <Evidence kpi={kpi} submission={submission} onSent={onSent} />}
        </li>
    );
}

/** The links written in @p text, one a line, blank lines left out. */
function linksIn(text: string): string[] {
    return text.split("\n").map((line) => line.trim()).filter(Boolean);
}

/** What the server keeps as a document sent with evidence (its storage rules for the document kind). */
const documents = { types: ["application/pdf", "image/png", "image/jpeg"], maxBytes: 10 * 1024 * 1024 };

function Evidence({ kpi, submission, onSent }: { kpi: Standing["kpis"][number]; submission: Submission | null; onSent: () => void }) {
    const [text, setText, clear] = useDraft(`wn.kpi.${kpi.id}`, submission?.content ?? "");
    const [links, setLinks, clearLinks] = useDraft(`wn.kpi.${kpi.id}.links`, (submission?.links ?? []).join("\n"));
    const [attached, setAttached] = useState<{ key?: string; name: string; busy?: boolean } | null>(null);
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [told, setTold] = useState("");
    const [busy, setBusy] = useState(false);
    const area = useRef<HTMLDivElement>(null);
    const focusProblem = () => requestAnimationFrame(() => (area.current?.querySelector("[aria-invalid=true]") as HTMLElement | null)?.focus());

    // A document goes to storage as soon as it is chosen (a one-time address the server signs),
    // and is sent with the evidence by its key, as the desktop client does.
    const attach = async (file: File) => {
        if (!documents.types.includes(file.type) || file.size > documents.maxBytes || file.size === 0) {
            setAttached(null);
            setErrors((old) => ({ ...old, file: file.size > documents.maxBytes ? "The document is larger than 10 MB" : "Choose a PDF, PNG or JPEG document" }));
            return;
        }
        setErrors((old) => ({ ...old, file: "" }));
        setAttached({ name: file.name, busy: true });
        try {
            const presigned = await call<{ url: string }>("presignUpload", { body: { kind: "document" } });
            const token = presigned.url.split("/storage/uploads/").pop() ?? "";
            const stored = await call<{ key: string }>("putUpload", { params: { token }, raw: file });
            setAttached({ key: stored.key, name: file.name });
        } catch (e) {
            setAttached(null);
            setErrors((old) => ({ ...old, file: (e as Error).message }));
        }
    };

    const send = async (event: Event) => {
        event.preventDefault();
        const written = linksIn(links);
        const wrong = written.findIndex((link) => !/^https?:\/\/\S+$/.test(link) || link.length > 1000);
        if (wrong >= 0 || written.length > 10) {
            setErrors({ links: wrong >= 0 ? `Link ${wrong + 1}: must be an http(s) link` : "At most 10 links" });
            focusProblem();
            return;
        }
        setBusy(true);
        setErrors({});
        setTold("");
        // A new document replaces the one sent before; none keeps it.
        const fileKey = attached?.key ?? submission?.file?.key;
        try {
            await call("submitKpiEvidence", {
                params: { id: kpi.id },
                body: { content: text, links: written, ...(fileKey ? { file_key: fileKey } : {}) },
                fields: ["content", "file_key"],
            });
            clear();
            clearLinks();
            setAttached(null);
            setTold("Evidence sent; your mentor scores it.");
            onSent();
        } catch (e) {
            if (e instanceof ApiError) {
                // "links[1] must be …" names a link of the list: said under the links.
                const about = e.general.find((m) => m.startsWith("links"));
                setErrors({ content: e.fields.content ?? "", file: e.fields.file_key ?? "", links: about ?? "",
                    ...(e.general.length && !about && !e.fields.content ? { content: e.message } : {}) });
            } else {
                setErrors({ content: (e as Error).message });
            }
            focusProblem();
        } finally {
            setBusy(false);
        }
    };
    const fileId = `kpi-${kpi.id}-document`;
    return (
        <form onSubmit={send} noValidate>
            <div ref={area}>
                <TextArea label={`Evidence for ${kpi.title}`} hint="What you did for this goal"
                    value={text} error={errors.content} onValue={(v) => { setText(v); setErrors((old) => ({ ...old, content: "" })); }} />
                <TextArea label={`Links to your work for ${kpi.title}`} hint="One a line, each starting with https:// (up to 10)" rows={3}
                    value={links} error={errors.links} onValue={(v) => { setLinks(v); setErrors((old) => ({ ...old, links: "" })); }} />
                <div class={`field${errors.file ? " field-invalid" : ""}`}>
                    <label for={fileId}>A document for {kpi.title} (optional)</label>
                    <input id={fileId} type="file" accept="application/pdf,image/png,image/jpeg" disabled={busy || attached?.busy}
                        aria-invalid={errors.file ? true : undefined} aria-describedby={`${fileId}-hint${errors.file ? ` ${fileId}-error` : ""}`}
                        onChange={(e) => {
                            const file = e.currentTarget.files?.[0];
                            if (file)
                                void attach(file);
                        }} />
                    <p class="hint" id={`${fileId}-hint`}>
                        PDF, PNG or JPEG, at most 10 MB.{" "}
                        {attached?.busy ? `Uploading ${attached.name}…` : attached ? `${attached.name} goes with your evidence.`
                            : submission?.file ? "The document sent before stays unless you choose another." : ""}
                    </p>
                    {errors.file && <p class="field-error" id={`${fileId}-error`}>{errors.file}</p>}
                </div>
            </div>
            {told && <p class="alert alert-success" role="status">{told}</p>}
            <Button type="submit" busy={busy || attached?.busy}>{submission ? "Send again" : "Send evidence"}</Button>
        </form>
    );
}
