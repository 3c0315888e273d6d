// SPDX-License-Identifier: Apache-2.0
// Assessments as the desktop client has them: the ones a talent can take with the latest result
// of each; taking one a question at a time, each answer saved on the server as it is given (the
// server keeps the attempt and its clock, so a reload resumes where it was); and the result.
import { useEffect, useRef, useState } from "preact/hooks";
import { call, type Page } from "../api";
import { useDraft } from "../draft";
import { navigate } from "../router";
import { Alert, Button, ListState, Loading, formatDate, useLoad, useTitle } from "../ui";

interface Instrument {
    id: number;
    slug: string;
    title: string;
    description: string | null;
    time_limit_seconds: number | null;
    active_questions: number;
    retake_days: number | null;
}

interface Score {
    id: number;
    percent: number | null;
    submitted_at: string;
    instrument: { slug: string; title: string };
}

type Answer = { rating?: number; choice?: string; choices?: string[]; text?: string };

interface Question {
    id: number;
    type: string;
    text: string;
    options: { key: string; text: string }[];
    answer: Answer | null;
}

interface Attempt {
    id: number;
    instrument: { slug: string; title: string };
    questions: Question[];
    seconds_left: number | null;
    time_up: boolean;
    passage?: { title?: string; body: string | null } | null;
}

interface Result {
    id: number;
    percent: number | null;
    submitted_at: string;
    instrument: { slug: string; title: string };
    domains: {
        id: number;
        name: string;
        description: string | null;
        score: { percent: number | null };
        percentile: number | null;
        percentile_withheld: boolean;
        takers: number;
    }[];
}

export function AssessmentsPage() {
    useTitle("Assessments");
    const bank = useLoad((signal) => call<Page<Instrument>>("assessments", { query: { limit: 50 }, signal }), []);
    const scores = useLoad((signal) => call<{ data: Score[] }>("myAssessmentScores", { signal }), []);
    const latest = new Map((scores.data?.data ?? []).map((s) => [s.instrument.slug, s]));
    return (
        <section>
            <h1>Assessments</h1>
            <p>Each assessment is saved answer by answer: you can stop and come back before its time runs out.</p>
            <ListState load={bank} loading="Loading assessments…" empty="No assessment is open now." />
            <ul class="cards">
                {bank.data?.data.map((instrument) => {
                    const score = latest.get(instrument.slug);
                    return (
                        <li key={instrument.id} class="card">
                            <h2>{instrument.title}</h2>
                            <p class="meta">
                                {[`${instrument.active_questions} questions`,
                                  instrument.time_limit_seconds ? `${Math.round(instrument.time_limit_seconds / 60)} minutes` : ""].filter(Boolean).join(" · ")}
                            </p>
                            {instrument.description && <p>{instrument.description}</p>}
                            {score && (
                                <p>
                                    Your latest result: <strong>{percent(score.percent)}</strong> on {formatDate(score.submitted_at)} ·{" "}
                                    <a href={`/assessments/results/${score.id}`}>See the result<span class="visually-hidden"> of {instrument.title}</span></a>
                                </p>
                            )}
                            <div class="actions">
                                <a class="button button-primary" href={`/assessments/${encodeURIComponent(instrument.slug)}`}>
                                    {score ? "Take again" : "Start or resume"}<span class="visually-hidden">: {instrument.title}</span>
                                </a>
                            </div>
                        </li>
                    );
                })}
            </ul>
        </section>
    );
}

/** 41.67 → "42 %"; a score that is not scored reads as such. */
function percent(value: number | null | undefined): string {
    return value === null || value === undefined ? "not scored" : `${Math.round(value)} %`;
}

const ratings = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"];

function clock(seconds: number): string {
    const rest = seconds % 60;
    return `${Math.floor(seconds / 60)}:${rest < 10 ? "0" + rest : rest} left`;
}

/** Taking one assessment: starting it resumes the attempt the server keeps, if there is one. */
export function TakeAssessmentPage({ params }: { params: Record<string, string> }) {
    const slug = params.slug;
    const [attempt, setAttempt] = useState<Attempt | null>(null);
    const [problem, setProblem] = useState("");
    const [answers, setAnswers] = useState<Record<number, Answer>>({});
    const [current, setCurrent] = useState(0);
    const [secondsLeft, setSecondsLeft] = useState(-1);
    const [busy, setBusy] = useState(false);
    const [saving, setSaving] = useState("");
    useTitle(attempt?.instrument.title ?? "Assessment");

    const take = (next: Attempt) => {
        const saved: Record<number, Answer> = {};
        let first = -1;
        next.questions.forEach((q, i) => {
            if (q.answer && Object.keys(q.answer).length > 0)
                saved[q.id] = q.answer;
            else if (first < 0)
                first = i;
        });
        setAttempt(next);
        setAnswers(saved);
        setSecondsLeft(next.seconds_left ?? -1);
        // Resuming goes to the first question not answered yet.
        setCurrent(first < 0 ? Math.max(0, next.questions.length - 1) : first);
    };

    useEffect(() => {
        call<Attempt>("startAssessment", { params: { instrument: slug }, body: {} }).then(take, (error) => setProblem((error as Error).message));
    }, [slug]);

    useEffect(() => {
        if (secondsLeft <= 0)
            return;
        const timer = setTimeout(() => setSecondsLeft((s) => s - 1), 1000);
        return () => clearTimeout(timer);
    }, [secondsLeft]);

    const heading = useRef<HTMLHeadingElement>(null);
    const show = (index: number) => {
        setCurrent(index);
        requestAnimationFrame(() => (document.querySelector(".question legend, .question label") as HTMLElement | null)?.scrollIntoView({ block: "nearest" }));
    };

    if (problem && !attempt) {
        return (
            <section>
                <h1>Assessment</h1>
                <Alert><p>{problem}</p></Alert>
                <p><a href="/assessments">Back to assessments</a></p>
            </section>
        );
    }
    if (!attempt)
        return <Loading what="Opening the assessment…" />;

    const questions = attempt.questions;
    const question = questions[current] ?? null;
    const reading = !!attempt.passage?.body;
    const timeUp = attempt.time_up || secondsLeft === 0;
    const answered = questions.filter((q) => answers[q.id] !== undefined).length;

    const give = async (answer: Answer) => {
        if (!question)
            return;
        const id = question.id;
        setAnswers((old) => ({ ...old, [id]: answer }));
        setProblem("");
        setSaving("Saving…");
        try {
            await call("answerAssessment", { params: { id: attempt.id, question: id }, body: answer });
            setSaving("Saved");
        } catch (error) {
            setSaving("");
            setProblem((error as Error).message);
        }
    };

    const finishReading = async () => {
        setBusy(true);
        try {
            take(await call<Attempt>("finishReading", { params: { id: attempt.id }, body: {} }));
            heading.current?.focus();
        } catch (error) {
            setProblem((error as Error).message);
        } finally {
            setBusy(false);
        }
    };

    const submit = async () => {
        const left = questions.length - answered;
        if (left > 0 && !timeUp && !window.confirm(`${left} ${left === 1 ? "question is" : "questions are"} not answered. Submit all the same?`))
            return;
        setBusy(true);
        try {
            const result = await call<Result>("submitAttempt", { params: { id: attempt.id }, body: {} });
            navigate(`/assessments/results/${result.id}`, true);
        } catch (error) {
            setProblem((error as Error).message);
            setBusy(false);
        }
    };

    return (
        <section class="narrow-wide">
            <h1 ref={heading} tabIndex={-1}>{attempt.instrument.title}</h1>
            <div class="attempt-head">
                <p class="meta" aria-live="polite">
                    {reading ? "Read the passage" : `Question ${current + 1} of ${questions.length} · ${answered} answered`}
                    {saving && !reading ? ` · ${saving}` : ""}
                </p>
                {(secondsLeft >= 0 || timeUp) && (
                    <p class={`clock${timeUp || secondsLeft < 60 ? " clock-low" : ""}`} role={timeUp ? "alert" : undefined}>
                        {timeUp ? "Time is up" : clock(secondsLeft)}
                    </p>
                )}
            </div>
            <progress class="bar" max={Math.max(1, questions.length)} value={answered} aria-label="Questions answered" />
            {problem && <Alert><p>{problem}</p></Alert>}
            {reading ? (
                <>
                    {attempt.passage?.title && <h2>{attempt.passage.title}</h2>}
                    <div class="passage">{attempt.passage?.body}</div>
                    <div class="actions">
                        <Button busy={busy} disabled={timeUp} onClick={finishReading}>I have read it</Button>
                    </div>
                </>
            ) : question && (
                <div class="question" key={question.id}>
                    <QuestionView question={question} attemptId={attempt.id} answer={answers[question.id]} disabled={timeUp} onAnswer={give} />
                    <div class="actions">
                        <Button kind="secondary" disabled={current === 0} onClick={() => show(current - 1)}>Previous</Button>
                        <Button kind="secondary" disabled={current >= questions.length - 1} onClick={() => show(current + 1)}>Next</Button>
                        <Button busy={busy} kind={answered === questions.length || timeUp ? "primary" : "secondary"} onClick={submit}>
                            {answered < questions.length ? `Submit (${questions.length - answered} unanswered)` : "Submit"}
                        </Button>
                    </div>
                </div>
            )}
        </section>
    );
}

interface QuestionProps {
    question: Question;
    attemptId: number;
    answer: Answer | undefined;
    disabled: boolean;
    onAnswer: (answer: Answer) => void;
}

function QuestionView({ question, attemptId, answer, disabled, onAnswer }: QuestionProps) {
    if (question.type === "free_text")
        return <Written question={question} attemptId={attemptId} answer={answer} disabled={disabled} onAnswer={onAnswer} />;
    const several = question.type === "multiple_choice";
    const options = question.type === "likert"
        ? ratings.map((text, i) => ({ key: String(i + 1), text: `${i + 1} · ${text}` }))
        : question.options;
    const chosen = (key: string) => question.type === "likert" ? answer?.rating === Number(key)
        : several ? (answer?.choices ?? []).includes(key) : answer?.choice === key;
    const pick = (key: string) => {
        if (question.type === "likert")
            onAnswer({ rating: Number(key) });
        else if (!several)
            onAnswer({ choice: key });
        else {
            const before = answer?.choices ?? [];
            onAnswer({ choices: before.includes(key) ? before.filter((k) => k !== key) : [...before, key] });
        }
    };
    return (
        <fieldset class="choices" disabled={disabled}>
            <legend>{question.text}</legend>
            {options.map((option) => (
                <label key={option.key} class="choice">
                    <input type={several ? "checkbox" : "radio"} name={`q${question.id}`} value={option.key}
                        checked={chosen(option.key)} onChange={() => pick(option.key)} />
                    <span>{option.text}</span>
                </label>
            ))}
        </fieldset>
    );
}

/** A written answer, kept as a draft in this tab until it is saved. */
function Written({ question, attemptId, answer, disabled, onAnswer }: QuestionProps) {
    const [text, setText, clear] = useDraft(`wn.attempt.${attemptId}.${question.id}`, answer?.text ?? "");
    const id = `written-${question.id}`;
    return (
        <form onSubmit={(e) => { e.preventDefault(); onAnswer({ text: text.trim() }); clear(); }}>
            <div class="field">
                <label for={id} class="question-text">{question.text}</label>
                <textarea id={id} value={text} disabled={disabled} onInput={(e) => setText(e.currentTarget.value)} />
            </div>
            <Button type="submit" kind="secondary" disabled={disabled || !text.trim()}>Save answer</Button>
        </form>
    );
}

export function AssessmentResultPage({ params }: { params: Record<string, string> }) {
    const result = useLoad((signal) => call<Result>("assessmentResult", { params: { id: params.id }, signal }), [params.id]);
    useTitle(result.data ? `${result.data.instrument.title}: your result` : "Your result");
    const r = result.data;
    return (
        <section>
            <h1>{r ? `${r.instrument.title}: your result` : "Your result"}</h1>
            {result.error && <Alert><p>{result.error}</p></Alert>}
            {result.loading && !r && <Loading what="Loading the result…" />}
            {r && (
                <>
                    <p class="score"><strong>{percent(r.percent)}</strong> · submitted {formatDate(r.submitted_at)}</p>
                    <h2>By domain</h2>
                    <ul class="cards">
                        {r.domains.map((domain) => (
                            <li key={domain.id} class="card">
                                <h3>{domain.name}: {percent(domain.score.percent)}</h3>
                                {domain.score.percent !== null && (
                                    <progress class="bar" max={100} value={domain.score.percent} aria-label={`${domain.name}, percent of range`} />
                                )}
                                {domain.description && <p>{domain.description}</p>}
                                <p class="meta">
                                    {domain.percentile_withheld ? `Percentile shown from 30 takers (${domain.takers} so far)`
                                        : `Percentile ${domain.percentile} of ${domain.takers} takers`}
                                </p>
                            </li>
                        ))}
                    </ul>
                </>
            )}
            <p><a href="/assessments">Back to assessments</a></p>
        </section>
    );
}
