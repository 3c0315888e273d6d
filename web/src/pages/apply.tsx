// SPDX-License-Identifier: Apache-2.0
// Applying for a job: the job's screening questions and a cover letter. What the talent types is
// kept in this tab (sessionStorage) until the application is sent, and the server's objections
// appear next to the question they are about.
import { useRef } from "preact/hooks";
import { ApiError, call } from "../api";
import { navigate } from "../router";
import { session } from "../session";
import { Alert, Button, Loading, Missing, Select, TextArea, TextField, useForm, useLoad, useTitle } from "../ui";
import type { Job } from "./job";

export interface Question {
    id: number;
    question: string;
    kind: "yes_no" | "text" | "number" | "single_choice";
    options: string[] | null;
    required: boolean;
}

export interface ApplicationStatus {
    applied: boolean;
    status: string | null;
    application_id: number | null;
}

type Answers = Record<string, string>;

const questionKey = (id: number) => `q${id}`;

/** The server's words for what is wrong with the answer to a question, said about that question. */
function aboutQuestion(message: string): string {
    return message
        .replace(/^answers: question \d+ \(".*"\) /, "This question ")
        .replace(/^answers: the answer to question \d+ /, "The answer ");
}

/** Moves the server's messages about answers (named "answers: … question N …") to their questions. */
function placeAnswerProblems(error: ApiError): void {
    for (const [field, message] of Object.entries(error.fields)) {
        const id = field.match(/question (\d+)$/)?.[1];
        if (!id)
            continue;
        delete error.fields[field];
        error.fields[questionKey(Number(id))] ??= aboutQuestion(message);
    }
}

function draftKey(slug: string): string {
    return `wn.draft.apply.${session.get()?.user.id ?? 0}.${slug}`;
}

function storedDraft(slug: string): Answers {
    try {
        return JSON.parse(sessionStorage.getItem(draftKey(slug)) ?? "{}") as Answers;
    } catch {
        return {};
    }
}

function QuestionField({ question, value, error, onValue }: { question: Question; value: string; error?: string; onValue: (v: string) => void }) {
    const label = question.question + (question.required ? " (required)" : " (optional)");
    if (question.kind === "yes_no" || question.kind === "single_choice") {
        const options = question.kind === "yes_no" ? [{ value: "yes", text: "Yes" }, { value: "no", text: "No" }]
            : (question.options ?? []).map((option) => ({ value: option, text: option }));
        return <Select label={label} value={value} error={error} onValue={onValue} required={question.required}
            options={[{ value: "", text: "Choose an answer" }, ...options]} />;
    }
    if (question.kind === "number")
        return <TextField label={label} type="text" inputMode="numeric" value={value} error={error} onValue={onValue} required={question.required} />;
    return <TextArea label={label} value={value} error={error} onValue={onValue} maxLength={2000} rows={3} required={question.required} />;
}

export function ApplyPage({ params }: { params: Record<string, string> }) {
    // Another job is another form, with its own draft.
    return <ApplyForm key={params.slug} slug={params.slug} />;
}

function ApplyForm({ slug }: { slug: string }) {
    const loaded = useLoad(async (signal) => {
        const job = await call<Job>("jobBySlug", { params: { slug }, signal });
        const [questions, status] = await Promise.all([
            call<{ data: Question[] }>("jobQuestions", { params: { id: job.id }, signal }),
            call<ApplicationStatus>("applicationStatus", { params: { id: job.id }, signal }),
        ]);
        return { job, questions: questions.data, status };
    }, [slug]);
    useTitle(loaded.data ? `Apply: ${loaded.data.job.title}` : "Apply");
    const form = useForm<Answers>({ cover_letter: "", ...storedDraft(slug) });
    const draft = useRef(form.values);
    // The draft is kept with every keystroke, at once (the tab may close next), until it is sent.
    const answer = (field: string, value: string) => {
        draft.current = { ...draft.current, [field]: value };
        if (Object.values(draft.current).some((v) => v !== ""))
            sessionStorage.setItem(draftKey(slug), JSON.stringify(draft.current));
        else
            sessionStorage.removeItem(draftKey(slug));
        form.set(field, value);
    };

    if (loaded.loading && !loaded.data)
        return <Loading what="Loading the application form…" />;
    if (loaded.error || !loaded.data)
        return <Missing title="Job not found" error={loaded.error} back="/jobs" backText="Back to the jobs" />;
    const { job, questions, status } = loaded.data;
    const jobHref = `/jobs/${encodeURIComponent(job.slug)}`;
    if (status.applied && status.application_id)
        return (
            <section class="narrow">
                <h1>You applied for {job.title}</h1>
                <p><a href={`/applications/${status.application_id}`}>See your application and where it stands</a></p>
                <p><a href={jobHref}>Back to the job</a></p>
            </section>
        );

    const submit = form.submit(async (values) => {
        const answers = questions
            .map((q) => ({ question_id: q.id, answer: (values[questionKey(q.id)] ?? "").trim() }))
            .filter((answer) => answer.answer !== "");
        const body: Record<string, unknown> = { answers };
        if (values.cover_letter.trim())
            body.cover_letter = values.cover_letter;
        const fieldNames = ["cover_letter", ...questions.flatMap((q) => [`answers: question ${q.id}`, `answers: the answer to question ${q.id}`])];
        try {
            const application = await call<{ id: number }>("applyToJob", { params: { id: job.id }, body, fields: fieldNames });
            sessionStorage.removeItem(draftKey(slug));
            navigate(`/applications/${application.id}?sent=1`, true);
        } catch (error) {
            if (error instanceof ApiError)
                placeAnswerProblems(error);
            throw error;
        }
    });

    return (
        <section class="narrow">
            <p><a href={jobHref}>← {job.title}</a></p>
            <h1>Apply for {job.title}</h1>
            <p class="meta">{job.company?.name}</p>
            {job.status !== "published" ? (
                <Alert kind="info">This job no longer takes applications.</Alert>
            ) : (
                <form onSubmit={submit} noValidate>
                    <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                    {questions.length > 0 && (
                        <fieldset class="questions">
                            <legend>The company asks</legend>
                            {questions.map((q) => (
                                <QuestionField key={q.id} question={q} value={form.values[questionKey(q.id)] ?? ""}
                                    error={form.errors[questionKey(q.id)]} onValue={(v) => answer(questionKey(q.id), v)} />
                            ))}
                        </fieldset>
                    )}
                    <TextArea label="Cover letter (optional)" hint="Why this job, and why you. Kept in this tab until you send it."
                        value={form.values.cover_letter} error={form.errors.cover_letter} maxLength={10000} rows={8}
                        onValue={(v) => answer("cover_letter", v)} />
                    <div class="actions">
                        <Button type="submit" busy={form.busy}>{form.busy ? "Sending…" : "Send application"}</Button>
                        <a href={jobHref}>Cancel</a>
                    </div>
                </form>
            )}
        </section>
    );
}
