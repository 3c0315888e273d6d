// SPDX-License-Identifier: Apache-2.0
// Coding challenges as the desktop client has them: the challenges a company invited the talent
// to, with where they stand and their best result; one challenge with its statement, a language,
// an editor whose code is kept per language as a draft, Run against the sample cases and Submit
// against every case, and the talent's past submissions. The server queues the code and judges
// it in its sandbox; it sends no live event for a verdict, so a pending one is asked for again
// until it is final. The verdicts are Judge0's words, as the server sends them.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { ApiError, call, type Page } from "../api";
import { useDraft } from "../draft";
import { navigate, useLocation } from "../router";
import { session, signOut } from "../session";
import { Alert, Button, Field, ListState, LoadError, Loading, Missing, Pager, Select, formatDate, useLoad, useTitle } from "../ui";

interface Language {
    id: number;
    name: string;
    version: string | null;
    template: string | null;
}

interface Challenge {
    id: number;
    title: string;
    description: string;
    difficulty: string;
    closes_at: string | null;
    languages: Language[];
    limits: { cpu_time_ms: number; memory_mb: number };
    test_cases: { id: number; position: number; input: string; expected_output: string }[];
    sample_cases: number;
    hidden_cases: number;
}

interface Verdict {
    id: number;
    description: string;
}

interface Submitted {
    id: number;
    score: number;
    max_score: number;
    status: Verdict;
    created_at: string;
}

interface Result {
    challenge_id: number;
    attempts: number;
    best: Submitted | null;
    latest: Submitted;
}

interface CaseResult {
    position: number;
    is_sample: boolean;
    status: Verdict;
    input?: string;
    expected_output?: string;
    stdout?: string;
    stderr?: string;
    exit_code: number | null;
    exit_signal: string | null;
    cpu_time_ms: number | null;
    wall_time_ms: number | null;
    memory_kb: number | null;
}

/** A run or submission in the list of past ones: its verdict, not its code or cases. */
interface PastSubmission {
    id: number;
    kind: "run" | "submit";
    language_id: number;
    status: Verdict;
    score: number;
    max_score: number;
    passed_cases: number;
    total_cases: number;
    created_at: string;
}

interface Submission extends PastSubmission {
    source: string;
    queue_position?: number;
    compile_output: string | null;
    message: string | null;
    cpu_time_ms: number | null;
    memory_kb: number | null;
    test_cases: CaseResult[];
}

/** Judge0's ids: 1 In Queue, 2 Processing; anything above is a verdict. */
function pending(verdict: Verdict): boolean {
    return verdict.id <= 2;
}

function closed(challenge: { closes_at: string | null }): boolean {
    return !!challenge.closes_at && new Date(challenge.closes_at).getTime() < Date.now();
}

/** Where the talent stands with a challenge, from their submissions (runs are not counted). */
function standing(challenge: { closes_at: string | null }, result: Result | undefined): string {
    if (result?.best && result.best.max_score > 0 && result.best.score === result.best.max_score)
        return "Solved";
    if (result && pending(result.latest.status))
        return "Being judged";
    if (closed(challenge))
        return "Closed";
    if (result)
        return `Submitted ${result.attempts === 1 ? "once" : `${result.attempts} times`}`;
    return "Not submitted yet";
}

function scoreOf(submitted: { score: number; max_score: number }): string {
    return `score ${submitted.score} of ${submitted.max_score}`;
}

/** A day and a time, for when code was sent: several may be sent the same day. */
function formatTime(iso: string): string {
    return new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
}

function languageName(language: Language | undefined): string {
    return language ? (language.version ? `${language.name} (${language.version})` : language.name) : "";
}

export function CodingChallengesPage() {
    useTitle("Coding challenges");
    const [page, setPage] = useState(1);
    const list = useLoad((signal) => call<Page<Challenge>>("codingChallenges", { query: { page, limit: 20 }, signal }), [page]);
    const results = useLoad((signal) => call<Page<Result>>("myCodingResults", { query: { limit: 100 }, signal }), []);
    const byChallenge = new Map((results.data?.data ?? []).map((r) => [r.challenge_id, r]));
    return (
        <section>
            <h1>Coding challenges</h1>
            <p>A company invites you by email to solve a challenge: write a program that reads its input and prints the expected output, try it on the sample cases, then submit it.</p>
            <ListState load={list} loading="Loading your challenges…" empty="No company has invited you to a coding challenge yet." />
            <ul class="cards">
                {list.data?.data.map((challenge) => {
                    const result = byChallenge.get(challenge.id);
                    return (
                        <li key={challenge.id} class="card">
                            <h2>{challenge.title}</h2>
                            <p class="meta">
                                {[`Difficulty: ${challenge.difficulty}`,
                                  challenge.closes_at ? `${closed(challenge) ? "closed" : "closes"} ${formatDate(challenge.closes_at)}` : ""].filter(Boolean).join(" · ")}
                            </p>
                            <p><span class="badge">{standing(challenge, result)}</span></p>
                            {result?.best && (
                                <p>Your best: <strong>{result.best.status.description}</strong>, {scoreOf(result.best)} on {formatDate(result.best.created_at)}</p>
                            )}
                            <div class="actions">
                                <a class="button button-primary" href={`/coding/${challenge.id}`}>
                                    {result ? "Open again" : "Solve"}<span class="visually-hidden">: {challenge.title}</span>
                                </a>
                            </div>
                        </li>
                    );
                })}
            </ul>
            {results.error && <LoadError load={results} />}
            {list.data && <Pager page={page} pages={list.data.meta.pages} onPage={setPage} />}
        </section>
    );
}

const indent = "    ";

/**
 * A monospace editor where Tab indents. Escape hands Tab back to the browser for the next press,
 * so that a keyboard user can leave it.
 */
function CodeEditor({ value, onValue, error }: { value: string; onValue: (value: string) => void; error?: string }) {
    const leaving = useRef(false);
    return (
        <Field label="Your code" error={error}
            hint="Tab inserts four spaces. To leave the editor with the keyboard, press Escape, then Tab.">
            {(ids) => (
                <textarea {...ids} class="code" value={value} rows={16} spellcheck={false} autocapitalize="off"
                    autocomplete="off" wrap="off" onInput={(e) => onValue(e.currentTarget.value)}
                    onKeyDown={(e) => {
                        if (e.key === "Escape") {
                            leaving.current = true;
                            return;
                        }
                        if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !leaving.current) {
                            e.preventDefault();
                            const area = e.currentTarget;
                            area.setRangeText(indent, area.selectionStart, area.selectionEnd, "end");
                            onValue(area.value);
                        }
                        leaving.current = false;
                    }} />
            )}
        </Field>
    );
}

/** What a run or submission came to, in a line that the live region reads out. */
function summary(submission: Submission): string {
    const what = submission.kind === "submit" ? "Submission" : "Run on the sample cases";
    if (pending(submission.status))
        return `${what}: ${submission.status.description}${submission.queue_position ? ` (place ${submission.queue_position} in the queue)` : ""}…`;
    const passed = `${submission.passed_cases} of ${submission.total_cases} cases passed`;
    if (submission.kind === "submit")
        return `${what}: ${submission.status.description} · ${scoreOf(submission)} · ${passed}`;
    return `${what}: ${submission.status.description} · ${passed}`;
}

function measures(result: { cpu_time_ms: number | null; wall_time_ms?: number | null; memory_kb: number | null }): string {
    return [result.cpu_time_ms !== null ? `${result.cpu_time_ms} ms CPU` : "",
            result.wall_time_ms ? `${result.wall_time_ms} ms in all` : "",
            result.memory_kb !== null ? `${result.memory_kb} KB memory` : ""].filter(Boolean).join(" · ");
}

function Output({ label, text }: { label: string; text: string | null | undefined }) {
    if (text === undefined || text === null)
        return null;
    return (
        <div class="output">
            <h4>{label}</h4>
            <pre tabIndex={0}>{text === "" ? "(nothing)" : text}</pre>
        </div>
    );
}

function CaseCard({ result }: { result: CaseResult }) {
    const passed = result.status.description === "Accepted";
    return (
        <li class={`card case ${passed ? "case-passed" : pending(result.status) ? "" : "case-failed"}`}>
            <h3>Case {result.position} ({result.is_sample ? "sample" : "hidden"}): {result.status.description}</h3>
            <p class="meta">
                {[measures(result), result.exit_signal ? `signal ${result.exit_signal}` : result.exit_code ? `exit code ${result.exit_code}` : ""].filter(Boolean).join(" · ")}
            </p>
            {result.is_sample ? (
                <>
                    <Output label="Input" text={result.input} />
                    <Output label="Expected output" text={result.expected_output} />
                    <Output label="Your output (stdout)" text={result.stdout} />
                    {result.stderr ? <Output label="Errors (stderr)" text={result.stderr} /> : null}
                </>
            ) : (
                <p class="meta">A hidden case shows only its verdict.</p>
            )}
        </li>
    );
}

export function CodingChallengePage({ params }: { params: Record<string, string> }) {
    // Another challenge is another editor, with its own drafts.
    return <ChallengeLoader key={params.id} id={params.id} />;
}

function ChallengeLoader({ id }: { id: string }) {
    const load = useLoad((signal) => call<Challenge>("codingChallenge", { params: { id }, signal }), [id]);
    useTitle(load.data?.title ?? "Coding challenge");
    if (load.loading && !load.data)
        return <Loading what="Opening the challenge…" />;
    if (load.error || !load.data)
        return <Missing title="Coding challenge not found" error={load.error} back="/coding" backText="Back to coding challenges" />;
    return <Solve challenge={load.data} />;
}

/** Where this talent's work on a challenge is kept in this browser: per challenge and language,
 *  for every tab and the next visit, since code takes longer to write than one visit. */
function draftKey(challengeId: number, what: string): string {
    return `wn.draft.coding.${session.get()?.user.id ?? 0}.${challengeId}.${what}`;
}

function Solve({ challenge }: { challenge: Challenge }) {
    const languages = challenge.languages;
    const [languageId, setLanguageId] = useDraft(draftKey(challenge.id, "language"), "", true);
    const language = languages.find((l) => String(l.id) === languageId) ?? languages[0];
    // Each language keeps its own code, started from its template: switching loses nothing.
    const [code, setCode] = useDraft(draftKey(challenge.id, `code.${language?.id ?? 0}`), language?.template ?? "", true);
    // The run or submission shown, so that a reload while it is judged still shows its verdict.
    const [shownId, setShownId] = useDraft(draftKey(challenge.id, "shown"), "", true);
    const [submission, setSubmission] = useState<Submission | null>(null);
    const [problem, setProblem] = useState("");
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [busy, setBusy] = useState(false);
    // Asking for a pending verdict failed this many times in a row: wait longer before the next.
    const [failures, setFailures] = useState(0);
    const [pastPage, setPastPage] = useState(1);
    const past = useLoad((signal) => call<Page<PastSubmission>>("codingSubmissions", {
        params: { id: challenge.id }, query: { kind: "submit", page: pastPage, limit: 10 }, signal,
    }), [challenge.id, pastPage]);
    const verdict = useRef<HTMLDivElement>(null);
    const pastHeading = useId();
    const byId = new Map(languages.map((l) => [l.id, l]));

    /** Brings the verdict to the reader, unless they have moved on to writing meanwhile. */
    const showVerdict = (always = false) => requestAnimationFrame(() => {
        const where = document.activeElement;
        if (always || !where || where === document.body || verdict.current?.contains(where))
            verdict.current?.focus();
    });

    useEffect(() => {
        if (!shownId)
            return;
        call<Submission>("codingSubmission", { params: { id: shownId } }).then(setSubmission, (error) => {
            if (error instanceof ApiError && error.status === 404)
                setShownId("");
            else
                setProblem((error as Error).message);
        });
    }, []);

    // A verdict still pending is asked for again until it is final; the server sends no event.
    useEffect(() => {
        if (!submission || !pending(submission.status))
            return;
        let gone = false;
        const timer = setTimeout(() => {
            call<Submission>("codingSubmission", { params: { id: submission.id } }).then(
                (next) => {
                    if (gone)
                        return;
                    setProblem("");
                    setFailures(0);
                    setSubmission(next);
                    if (!pending(next.status)) {
                        showVerdict();
                        if (next.kind === "submit")
                            past.reload();
                    }
                },
                (error) => {
                    if (gone)
                        return;
                    setProblem(`${(error as Error).message} The verdict is asked for again in a moment.`);
                    setFailures((n) => n + 1);
                },
            );
        }, Math.min(700 * 2 ** failures, 15000));
        return () => {
            gone = true;
            clearTimeout(timer);
        };
    }, [submission, failures]);

    const judging = !!submission && pending(submission.status);
    const isClosed = closed(challenge);

    const write = (value: string) => {
        setCode(value);
        if (errors.source_code)
            setErrors({ ...errors, source_code: "" });
    };

    const choose = (value: string) => {
        setLanguageId(value);
        if (errors.language_id)
            setErrors({ ...errors, language_id: "" });
    };

    const send = async (submit: boolean) => {
        if (busy)
            return;
        setProblem("");
        setErrors({});
        setBusy(true);
        try {
            const sent = await call<Submission>(submit ? "submitCode" : "runCode", {
                params: { id: challenge.id },
                body: { language_id: language?.id ?? 0, source_code: code },
                fields: ["language_id", "source_code"],
            });
            setFailures(0);
            setSubmission(sent);
            setShownId(String(sent.id));
            if (submit)
                past.reload();
        } catch (error) {
            if (error instanceof ApiError) {
                setErrors(error.fields);
                setProblem(error.general.join(" "));
                // Take the reader to the field the server named.
                requestAnimationFrame(() => (document.querySelector(".solve [aria-invalid=true]") as HTMLElement | null)?.focus());
            } else {
                setProblem((error as Error).message);
            }
        } finally {
            setBusy(false);
        }
    };

    const show = async (id: number) => {
        setProblem("");
        try {
            const full = await call<Submission>("codingSubmission", { params: { id } });
            setFailures(0);
            setSubmission(full);
            setShownId(String(id));
            showVerdict(true);
        } catch (error) {
            setProblem((error as Error).message);
        }
    };

    return (
        <section class="coding">
            <p><a href="/coding">Back to coding challenges</a></p>
            <h1>{challenge.title}</h1>
            <p class="meta">
                {[`Difficulty: ${challenge.difficulty}`,
                  `${challenge.sample_cases} sample ${challenge.sample_cases === 1 ? "case" : "cases"} shown, ${challenge.hidden_cases} hidden`,
                  `${challenge.limits.cpu_time_ms} ms CPU and ${challenge.limits.memory_mb} MB per case`,
                  challenge.closes_at ? `${isClosed ? "closed" : "closes"} ${formatTime(challenge.closes_at)}` : ""].filter(Boolean).join(" · ")}
            </p>
            <div class="text statement">{challenge.description}</div>
            {challenge.test_cases.length > 0 && (
                <details class="samples">
                    <summary>The sample cases</summary>
                    <ol>
                        {challenge.test_cases.map((sample) => (
                            <li key={sample.id}>
                                <Output label="Input" text={sample.input} />
                                <Output label="Expected output" text={sample.expected_output} />
                            </li>
                        ))}
                    </ol>
                </details>
            )}
            <form class="solve" onSubmit={(e) => e.preventDefault()} noValidate>
                <Select label="Language" value={language ? String(language.id) : ""} error={errors.language_id}
                    options={languages.map((l) => ({ value: String(l.id), text: languageName(l) }))}
                    onValue={choose} />
                <CodeEditor value={code} onValue={write} error={errors.source_code} />
                <p class="meta">Your code for each language is kept in this browser, for your other tabs and your next visit.</p>
                {isClosed && <p>This challenge is closed: you can still run your code on the sample cases, but no longer submit it.</p>}
                <div class="actions">
                    <Button kind="secondary" type="button" busy={busy || judging} onClick={() => send(false)}>Run on the sample cases</Button>
                    <Button type="button" busy={busy || judging} disabled={isClosed} onClick={() => send(true)}>Submit</Button>
                </div>
            </form>
            {problem && <Alert><p>{problem}</p></Alert>}
            <div class="verdict" ref={verdict} tabIndex={-1}>
                {submission && (
                    <h2>{submission.kind === "submit" ? "Your submission" : "Your run"}, sent {formatTime(submission.created_at)}</h2>
                )}
                <p role="status" aria-live="polite" class={submission && !judging ? "verdict-line" : "verdict-line meta"}>
                    {submission ? summary(submission) : ""}
                </p>
                {submission && !judging && (
                    <>
                        <p class="meta">
                            {[languageName(byId.get(submission.language_id)), measures(submission)].filter(Boolean).join(" · ")}
                        </p>
                        <Output label="Compiler output" text={submission.compile_output || null} />
                        {submission.message && <p>{submission.message}</p>}
                        <ul class="cards cases">
                            {submission.test_cases.map((result) => <CaseCard key={result.position} result={result} />)}
                        </ul>
                        <details class="samples sent-code">
                            <summary>The code sent</summary>
                            <div class="output"><pre tabIndex={0}>{submission.source}</pre></div>
                        </details>
                    </>
                )}
            </div>
            <section class="past" aria-labelledby={pastHeading}>
                <h2 id={pastHeading}>Your submissions</h2>
                <ListState load={past} loading="Loading your submissions…"
                    empty="You have not submitted yet. Submit judges your code on every case, the hidden ones too, and scores it." />
                <ul class="cards">
                    {past.data?.data.map((sent) => (
                        <li key={sent.id} class="card">
                            <h3>{formatTime(sent.created_at)}: {sent.status.description}</h3>
                            <p class="meta">
                                {[languageName(byId.get(sent.language_id)),
                                  pending(sent.status) ? "" : `${scoreOf(sent)} · ${sent.passed_cases} of ${sent.total_cases} cases passed`].filter(Boolean).join(" · ")}
                            </p>
                            <div class="actions">
                                <Button kind="secondary" type="button" onClick={() => show(sent.id)}>
                                    See its verdicts<span class="visually-hidden">: {formatTime(sent.created_at)}</span>
                                </Button>
                            </div>
                        </li>
                    ))}
                </ul>
                {past.data && <Pager page={pastPage} pages={past.data.meta.pages} onPage={setPastPage} />}
            </section>
        </section>
    );
}

interface Invitation {
    id: number;
    invitation: { email: string };
}

/** Where an invitation's mailed link lands: on its challenge, once signed in with that address. */
export function CodingInvitationPage() {
    useTitle("Coding challenge");
    const token = useLocation().searchParams.get("token") ?? "";
    const landing = useLoad((signal) => token ? call<Invitation>("codingInvitation", { params: { token }, signal })
        : Promise.reject(new Error("The link has no invitation in it: open it from the mail again.")), [token]);
    const me = session.get()?.user.email ?? "";
    const invited = landing.data?.invitation.email ?? "";
    const mine = !!landing.data && invited.toLowerCase() === me.toLowerCase();
    useEffect(() => {
        if (mine)
            navigate(`/coding/${landing.data!.id}`, true);
    }, [mine]);
    if (landing.data && !mine) {
        const switchAccount = async () => {
            try {
                await call("logout");
            } catch {
                // Signed out here whatever the server says.
            }
            // Signed out, this page asks for a sign-in and comes back.
            signOut();
        };
        return (
            <section class="narrow">
                <h1>This invitation is for another address</h1>
                <p>The challenge was sent to <strong>{invited}</strong>, and you are signed in as <strong>{me}</strong>. Sign in with the invited address to open it.</p>
                <Button type="button" onClick={switchAccount}>Sign out and sign in as {invited}</Button>
                <p><a href="/coding">See your own coding challenges</a></p>
            </section>
        );
    }
    if (!landing.error)
        return <Loading what="Opening your invitation…" />;
    return (
        <section class="narrow">
            <h1>This link does not work</h1>
            <Alert><p>{landing.error}</p></Alert>
            <p><a href="/coding">See your coding challenges</a></p>
        </section>
    );
}
