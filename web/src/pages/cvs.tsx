// SPDX-License-Identifier: Apache-2.0
// The talent's CVs, as in the desktop client: start one from the profile, choose its template,
// show, hide and order its sections, and have the server make its PDF, downloaded through the
// signed link it answers.
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { ApiError, call, type Page } from "../api";
import { navigate } from "../router";
import { Alert, Button, ListState, Loading, Select, TextField, Told, formatDate, useForm, useLoad, useTitle } from "../ui";
import { choiceLabel, choices } from "../vocabulary";

interface CvSummary {
    id: number;
    title: string;
    template: string;
    source: "builder" | "upload";
    updated_at: string;
}

interface Section {
    type: string;
    title: string;
    hidden?: boolean;
    items?: unknown[];
}

interface Cv extends CvSummary {
    document?: { sections: Section[] };
    verified?: Record<string, unknown[]>;
}

interface Generated {
    id: number;
    cv_id: number;
    title: string;
    template: string;
    size_bytes: number;
    created_at: string;
    url: string;
}

function fileName(title: string): string {
    return (title.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "cv") + ".pdf";
}

function PdfLink({ pdf }: { pdf: Generated }) {
    return (
        <a class="button button-secondary" href={pdf.url} download={fileName(pdf.title)}>
            Download PDF<span class="visually-hidden">: {pdf.title}, {choiceLabel("template", pdf.template)}, {formatDate(pdf.created_at)}</span>
        </a>
    );
}

export function CvsPage() {
    useTitle("CVs");
    const list = useLoad((signal) => call<Page<CvSummary>>("myCvs", { query: { limit: 50 }, signal }), []);
    const pdfs = useLoad((signal) => call<Page<Generated>>("myGeneratedCvs", { query: { limit: 20 }, signal }), []);
    const form = useForm({ title: "", template: choices("template")[0]?.value ?? "" });
    const create = form.submit(async (values) => {
        const made = await call<Cv>("createCv", {
            body: { title: values.title.trim() || undefined, template: values.template },
            fields: ["title", "template"],
        });
        navigate(`/cvs/${made.id}`);
    });
    return (
        <section>
            <h1>CVs</h1>
            <h2>My CVs</h2>
            <ListState load={list} loading="Loading your CVs…" empty="No CV yet: start one from your profile." />
            <ul class="cards">
                {list.data?.data.map((cv) => (
                    <li key={cv.id} class="card">
                        <h3><a href={`/cvs/${cv.id}`}>{cv.title}</a></h3>
                        <p class="meta">
                            {cv.source === "upload" ? "Uploaded file" : `${choiceLabel("template", cv.template)} template`} · changed {formatDate(cv.updated_at)}
                        </p>
                    </li>
                ))}
            </ul>

            <h2>New CV from my profile</h2>
            <p class="hint">It starts with your profile's details, experience, education, skills and links; changing it later leaves your profile as it is.</p>
            <form onSubmit={create} noValidate class="narrow-left">
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <TextField label="Title" name="title" hint="For example the kind of role it is for" maxLength={100}
                    value={form.values.title} error={form.errors.title} onValue={(v) => form.set("title", v)} />
                <Select label="Template" name="template" value={form.values.template} error={form.errors.template}
                    options={choices("template")} onValue={(v) => form.set("template", v)} />
                <Button type="submit" busy={form.busy}>{form.busy ? "Starting…" : "Start the CV"}</Button>
            </form>

            <h2>Upload a CV file</h2>
            <UploadCv />

            <h2>PDFs made</h2>
            <ListState load={pdfs} loading="Loading your PDFs…" empty="No PDF yet: open a CV and make one." />
            <ul class="cards">
                {pdfs.data?.data.map((pdf) => (
                    <li key={pdf.id} class="card">
                        <h3>{pdf.title}</h3>
                        <p class="meta">{choiceLabel("template", pdf.template)} · {formatDate(pdf.created_at)} · {Math.max(1, Math.round(pdf.size_bytes / 1024))} KB</p>
                        <div class="actions"><PdfLink pdf={pdf} /></div>
                    </li>
                ))}
            </ul>
        </section>
    );
}

/** What the server keeps as a CV file (its storage rules for the cv kind). */
const cvFiles = {
    types: ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    extensions: [".pdf", ".docx"],
    maxBytes: 10 * 1024 * 1024,
};

/** A file the server would refuse, said before anything is sent; "" when it is fine. */
function cvFileProblem(file: File): string {
    const name = file.name.toLowerCase();
    if (!cvFiles.types.includes(file.type) && !cvFiles.extensions.some((ext) => name.endsWith(ext)))
        return "Choose a PDF or a Word document (.docx)";
    if (file.size > cvFiles.maxBytes)
        return "The file is larger than 10 MB";
    if (file.size === 0)
        return "The file is empty";
    return "";
}

/** A CV the talent already has as a file, kept as one of their CVs (the desktop client's "Upload a CV file…"). */
function UploadCv() {
    const [file, setFile] = useState<File | null>(null);
    const [title, setTitle] = useState("");
    const [errors, setErrors] = useState<Record<string, string>>({});
    const [busy, setBusy] = useState(false);
    const input = useRef<HTMLInputElement>(null);
    const send = async (event: Event) => {
        event.preventDefault();
        const problem = file ? cvFileProblem(file) : "Choose the file to upload";
        if (problem) {
            setErrors({ file: problem });
            input.current?.focus();
            return;
        }
        setBusy(true);
        setErrors({});
        try {
            // The title defaults to the file's name, as the desktop client's does.
            const named = title.trim() || file!.name.replace(/\.[^.]*$/, "").slice(0, 100) || "Uploaded CV";
            const kept = await call<Cv>("uploadCv", { raw: file!, query: { title: named }, fields: ["title"] });
            navigate(`/cvs/${kept.id}`);
        } catch (error) {
            // The server's word on the file itself (its type, its size) belongs beside the file.
            const refusal = error instanceof ApiError ? error.about("file") : null;
            setErrors(refusal ? refusal.fields : { file: (error as Error).message });
            requestAnimationFrame(() => (document.querySelector(".upload-cv [aria-invalid=true]") as HTMLElement | null)?.focus());
        } finally {
            setBusy(false);
        }
    };
    return (
        <form class="narrow-left upload-cv" onSubmit={send} noValidate>
            <div class={`field${errors.file ? " field-invalid" : ""}`}>
                <label for="cv-file">CV file</label>
                <input id="cv-file" ref={input} type="file" accept=".pdf,.docx,application/pdf" disabled={busy}
                    aria-invalid={errors.file ? true : undefined} aria-describedby={`cv-file-hint${errors.file ? " cv-file-error" : ""}`}
                    onChange={(e) => {
                        const chosen = e.currentTarget.files?.[0] ?? null;
                        setFile(chosen);
                        setErrors((old) => ({ ...old, file: chosen ? cvFileProblem(chosen) : "" }));
                    }} />
                <p class="hint" id="cv-file-hint">PDF or Word (.docx), at most 10 MB. Its text is read so that employers can find it.</p>
                {errors.file && <p class="field-error" id="cv-file-error">{errors.file}</p>}
            </div>
            <TextField label="Name of the uploaded CV" name="upload-title" hint="The file's name if left empty" maxLength={100}
                value={title} error={errors.title} onValue={(v) => { setTitle(v); setErrors((old) => ({ ...old, title: "" })); }} />
            <Button type="submit" busy={busy}>{busy ? "Uploading…" : "Upload the CV"}</Button>
        </form>
    );
}

export function CvPage({ params }: { params: Record<string, string> }) {
    const loaded = useLoad((signal) => call<Cv>("cv", { params: { id: params.id }, signal }), [params.id]);
    useTitle(loaded.data?.title ?? "CV");
    if (loaded.error) {
        return (
            <section>
                <h1>CV not found</h1>
                <Alert><p>{loaded.error}</p></Alert>
                <p><a href="/cvs">Back to your CVs</a></p>
            </section>
        );
    }
    if (!loaded.data)
        return <Loading what="Opening the CV…" />;
    return <CvEditor key={loaded.data.id} cv={loaded.data} />;
}

function CvEditor({ cv: first }: { cv: Cv }) {
    const [cv, setCv] = useState(first);
    const form = useForm({ title: first.title, template: first.template });
    const [sections, setSections] = useState<Section[]>(first.document?.sections ?? []);
    const [told, setTold] = useState<{ text: string; kind: "error" | "success" }>({ text: "", kind: "success" });
    const [pdf, setPdf] = useState<Generated | null>(null);
    const [making, setMaking] = useState(false);
    const moved = useRef<string | null>(null);
    const built = cv.source === "builder";

    // After a move, the keyboard stays on the section that moved: on the same arrow, or on the
    // other one once the section reaches an end and its own arrow is off.
    useLayoutEffect(() => {
        if (!moved.current)
            return;
        (document.querySelector(`[data-move="${moved.current}"]`) as HTMLElement | null)?.focus();
        moved.current = null;
    }, [sections]);

    const move = (from: number, to: number) => {
        if (to < 0 || to >= sections.length)
            return;
        const next = sections.slice();
        next.splice(to, 0, next.splice(from, 1)[0]);
        const up = to < from ? to > 0 : to === next.length - 1;
        moved.current = `${next[to].type}-${up ? "up" : "down"}`;
        setSections(next);
    };
    const toggle = (index: number, shown: boolean) => setSections(sections.map((s, i) => (i === index ? { ...s, hidden: !shown } : s)));

    const save = async (values: { title: string; template: string }) => {
        const body = built ? { title: values.title, template: values.template, sections } : { title: values.title };
        const saved = await call<Cv>("updateCv", { params: { id: cv.id }, body, fields: ["title", "template", "sections"] });
        setCv(saved);
        setSections(saved.document?.sections ?? sections);
        return saved;
    };
    const submit = form.submit(async (values) => {
        setTold({ text: "", kind: "success" });
        await save(values);
        setTold({ text: "Saved.", kind: "success" });
    });
    const makePdf = form.submit(async (values) => {
        setTold({ text: "", kind: "success" });
        setPdf(null);
        setMaking(true);
        try {
            await save(values);
            const made = await call<Generated>("generateCvPdf", { params: { id: cv.id }, body: {} });
            setPdf(made);
            setTold({ text: "Saved, and the PDF is ready to download.", kind: "success" });
        } finally {
            setMaking(false);
        }
    });
    const remove = async () => {
        if (!window.confirm(`Delete the CV "${cv.title}" and the PDFs made from it?`))
            return;
        try {
            await call("deleteCv", { params: { id: cv.id } });
            navigate("/cvs", true);
        } catch (error) {
            setTold({ text: (error as Error).message, kind: "error" });
        }
    };

    const verified = (type: string) => cv.verified && cv.verified[type] !== undefined;
    return (
        <section>
            <p><a href="/cvs">← Your CVs</a></p>
            <h1>{cv.title}</h1>
            <Told {...told} />
            <form onSubmit={submit} noValidate>
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <div class="filters filters-two">
                    <TextField label="Title" name="title" maxLength={100} value={form.values.title} error={form.errors.title}
                        onValue={(v) => form.set("title", v)} />
                    {built && (
                        <Select label="Template" name="template" value={form.values.template} error={form.errors.template}
                            options={choices("template")} onValue={(v) => form.set("template", v)} />
                    )}
                </div>
                {built ? (
                    <>
                        <h2>Sections</h2>
                        <p class="hint">Sections appear in the PDF in this order; unticked ones are left out, and so are empty ones. Verified sections are filled by Worknation.</p>
                        {form.errors.sections && <p class="field-error" role="alert">{form.errors.sections}</p>}
                        <ol class="sections">
                            {sections.map((section, i) => {
                                const count = (section.items ?? []).length;
                                const note = verified(section.type) ? "verified" : count === 1 ? "1 item" : `${count} items`;
                                return (
                                    <li key={section.type + section.title}>
                                        <label>
                                            <input type="checkbox" checked={!section.hidden} onChange={(e) => toggle(i, e.currentTarget.checked)} />
                                            <span>{section.title} <span class="meta">({note})</span></span>
                                        </label>
                                        <Button kind="secondary" type="button" data-move={`${section.type}-up`} disabled={i === 0}
                                            aria-label={`Move ${section.title} up`} onClick={() => move(i, i - 1)}>↑</Button>
                                        <Button kind="secondary" type="button" data-move={`${section.type}-down`} disabled={i === sections.length - 1}
                                            aria-label={`Move ${section.title} down`} onClick={() => move(i, i + 1)}>↓</Button>
                                    </li>
                                );
                            })}
                        </ol>
                    </>
                ) : (
                    <p class="hint">An uploaded CV is kept as it came: only its title changes.</p>
                )}
                <div class="actions">
                    <Button type="submit" busy={form.busy && !making}>Save</Button>
                    {built && (
                        <Button type="button" kind="secondary" busy={making} onClick={makePdf}>
                            {making ? "Making the PDF…" : "Save and make PDF"}
                        </Button>
                    )}
                    {pdf && <PdfLink pdf={pdf} />}
                    <Button type="button" kind="link" onClick={remove}>Delete this CV</Button>
                </div>
            </form>
        </section>
    );
}
