// SPDX-License-Identifier: Apache-2.0
// The talent's own profile: how complete it is and the next best step, the picture, the details
// (only what changed is sent, and a draft is kept while editing), skills, education, experience,
// the kinds of work looked for, and the intro video. Loaded only when first shown.
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, call } from "../api";
import { checkForm, ruleOf } from "../formcheck";
import { useLocation } from "../router";
import { session, updateUser, type User } from "../session";
import { Alert, Button, Loading, Select, TextArea, TextField, useForm, useLoad, useTitle, type FormState } from "../ui";
import { choiceLabel, choices } from "../vocabulary";

interface Entry {
    code: string;
    name: string | null;
    category?: string | null;
}
interface Skill {
    skill_id: number;
    name: string;
    level: string;
    years: number | null;
}
interface Education {
    school_id: number | null;
    school_name: string;
    education_level: Entry | null;
    course: string | null;
    start_year: number | null;
    end_year: number | null;
}
interface Experience {
    company: string;
    title: string;
    start_month: string;
    end_month: string | null;
    current: boolean;
    description: string | null;
}
interface StoredFile {
    url: string;
    content_type: string;
    size: number;
}
export interface Profile extends User {
    phone_number: string | null;
    gender: string | null;
    date_of_birth: string | null;
    country_code: string | null;
    state: string | null;
    headline: string | null;
    bio: string | null;
    linkedin_url: string | null;
    portfolio_url: string | null;
    availability: string | null;
    skills: Skill[];
    education: Education[];
    experience: Experience[];
    job_preferences: Entry[];
    desired_career_level: { code: string; name: string | null } | null;
    salary_expectation: { min: number; max: number; period: string } | null;
    willing_to_relocate: boolean | null;
    intro_video: StoredFile | null;
    bvn_verified: boolean;
    nin_verified: boolean;
    hidden: boolean;
    assessment_visibility: string;
}
interface Step {
    item: string;
    label: string;
}
interface Completion {
    percentage: number;
    missing: Step[];
    next: Step | null;
}

/** Where on this page each item of the completion is filled in. */
const sectionOf: Record<string, string> = {
    name: "about", phone_number: "about", date_of_birth: "about", gender: "about", location: "about",
    identity: "identity", avatar: "picture", skills: "skills", education: "education", experience: "experience",
    job_preferences: "preferences", intro_video: "video",
};

/** The server's limits on uploads (its storage rules: the avatar and video kinds). */
const uploads = {
    avatar: { types: ["image/png", "image/jpeg", "image/webp"], words: "a PNG, JPEG or WebP picture", maxBytes: 5 * 1024 * 1024 },
    video: { types: ["video/mp4", "video/webm", "video/quicktime"], words: "an MP4, WebM or QuickTime video", maxBytes: 200 * 1024 * 1024 },
};

function megabytes(bytes: number): string {
    return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** A file the server would refuse, said plainly before anything is sent; "" when it is fine. */
function fileProblem(file: File, kind: keyof typeof uploads): string {
    const rule = uploads[kind];
    if (!rule.types.includes(file.type))
        return `${file.name} is not ${rule.words}. Choose ${rule.words}.`;
    if (file.size > rule.maxBytes)
        return `${file.name} is ${megabytes(file.size)}; the largest allowed is ${megabytes(rule.maxBytes)}.`;
    return "";
}

/** A file's address on this site, so that the page's policy (same origin) lets it show. */
function local(url: string | null | undefined): string {
    if (!url)
        return "";
    try {
        const parsed = new URL(url, location.origin);
        return parsed.pathname + parsed.search;
    } catch {
        return "";
    }
}

/** Messages about one entry of a list ("education[2].course must be ...") shown by the entry's fields. */
function entryError(error: unknown, list: string, fields: string[]): unknown {
    if (!(error instanceof ApiError))
        return error;
    const messages = error.message.split("\n").map((m) => m.replace(new RegExp(`^${list}\\[\\d+\\]\\.`), ""));
    return new ApiError(error.status, messages, fields);
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
    return (
        <section id={id} class="panel" aria-labelledby={`${id}-title`} tabIndex={-1}>
            <h2 id={`${id}-title`}>{title}</h2>
            {children}
        </section>
    );
}

export function ProfilePage() {
    useTitle("Your profile");
    const welcome = useLocation().searchParams.has("welcome");
    const profile = useLoad((signal) => call<Profile>("myProfile", { signal }), []);
    const completion = useLoad((signal) => call<Completion>("profileCompletion", { signal }), [profile.data]);
    const [notice, setNotice] = useState("");
    const noticeRef = useRef<HTMLDivElement>(null);
    const saved = (what: string) => {
        setNotice(what);
        profile.reload();
    };
    useEffect(() => {
        if (notice)
            noticeRef.current?.focus();
    }, [notice]);

    if (profile.loading && !profile.data)
        return <Loading what="Loading your profile…" />;
    if (!profile.data)
        return (
            <section>
                <h1>Your profile</h1>
                <Alert><p>{profile.error}</p><Button kind="secondary" onClick={profile.reload}>Try again</Button></Alert>
            </section>
        );
    const p = profile.data;
    return (
        <div class="profile">
            <h1>Your profile</h1>
            <p class="meta">{p.email}{p.wn_id ? ` · ${p.wn_id}` : ""} · <a href="/settings">Password and e-mail language</a></p>
            {welcome && <Alert kind="success">Welcome to Worknation, {p.first_name}. Your account is ready: a fuller profile gets you noticed.</Alert>}
            <CompletionCard completion={completion.data} />
            <div ref={noticeRef} tabIndex={-1} class="notice-anchor">
                <Alert kind="success">{notice}</Alert>
            </div>
            <PictureSection profile={p} onSaved={saved} />
            <AboutSection profile={p} onSaved={saved} />
            <IdentitySection profile={p} onSaved={saved} />
            <SkillsSection profile={p} onSaved={saved} />
            <EducationSection profile={p} onSaved={saved} />
            <ExperienceSection profile={p} onSaved={saved} />
            <PreferencesSection profile={p} onSaved={saved} />
            <VideoSection profile={p} onSaved={saved} />
        </div>
    );
}

function CompletionCard({ completion }: { completion: Completion | null }) {
    if (!completion)
        return null;
    const next = completion.next;
    const section = next ? sectionOf[next.item] : undefined;
    return (
        <section class="panel completion" aria-labelledby="completion-title">
            <h2 id="completion-title">Profile {completion.percentage}% complete</h2>
            <progress max={100} value={completion.percentage} aria-labelledby="completion-title" />
            {next ? (
                <p>
                    <strong>Next best step:</strong> {section ? <a href={`#${section}`} onClick={(e) => {
                        e.preventDefault();
                        const target = document.getElementById(section);
                        target?.scrollIntoView({ block: "start" });
                        target?.focus({ preventScroll: true });
                    }}>{next.label}</a> : next.label}
                </p>
            ) : (
                <p>Your profile is complete.</p>
            )}
            {completion.missing.length > 1 && (
                <details>
                    <summary>Still missing ({completion.missing.length})</summary>
                    <ul>{completion.missing.map((m) => <li key={m.item}>{m.label}</li>)}</ul>
                </details>
            )}
        </section>
    );
}

interface SectionProps {
    profile: Profile;
    onSaved: (what: string) => void;
}

function FileField({ label, accept, hint, error, busy, onFile }: {
    label: string; accept: string; hint: string; error: string; busy: boolean; onFile: (file: File) => void;
}) {
    const id = `file-${label.replace(/\W+/g, "-").toLowerCase()}`;
    return (
        <div class={`field${error ? " field-invalid" : ""}`}>
            <label for={id}>{label}</label>
            <input id={id} type="file" accept={accept} disabled={busy} aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
                onChange={(e) => {
                    const file = e.currentTarget.files?.[0];
                    if (file)
                        onFile(file);
                    e.currentTarget.value = "";
                }} />
            <p class="hint" id={`${id}-hint`}>{busy ? "Uploading…" : hint}</p>
            {error && <p class="field-error" id={`${id}-error`} role="alert">{error}</p>}
        </div>
    );
}

/** Sends @p file as operation @p name's body after checking it; the problem, if any, is returned. */
async function upload(name: string, file: File, kind: keyof typeof uploads): Promise<string> {
    const problem = fileProblem(file, kind);
    if (problem)
        return problem;
    try {
        await call(name, { raw: file });
        return "";
    } catch (error) {
        return (error as Error).message;
    }
}

function PictureSection({ profile, onSaved }: SectionProps) {
    const [error, setError] = useState("");
    const [busy, setBusy] = useState(false);
    const initials = `${profile.first_name?.[0] ?? ""}${profile.last_name?.[0] ?? ""}`;
    const choose = async (file: File) => {
        setBusy(true);
        const problem = await upload("avatar", file, "avatar");
        setBusy(false);
        setError(problem);
        if (!problem) {
            const me = await call<User>("me").catch(() => null);
            if (me)
                updateUser({ ...session.get()!.user, avatar_url: me.avatar_url });
            onSaved("Your picture is updated.");
        }
    };
    return (
        <Section id="picture" title="Picture">
            <div class="picture">
                {profile.avatar_url ? (
                    <img class="avatar" src={local(profile.avatar_url)} alt="Your picture" width={96} height={96} />
                ) : (
                    <span class="avatar avatar-empty" aria-hidden="true">{initials}</span>
                )}
                <FileField label={profile.avatar_url ? "Change your picture" : "Add a picture"} accept={uploads.avatar.types.join(",")}
                    hint={`${uploads.avatar.words[0].toUpperCase()}${uploads.avatar.words.slice(1)}, at most ${megabytes(uploads.avatar.maxBytes)}`}
                    error={error} busy={busy} onFile={choose} />
            </div>
        </Section>
    );
}

const aboutFields = ["first_name", "last_name", "headline", "bio", "phone_number", "gender", "date_of_birth", "state",
                     "linkedin_url", "portfolio_url", "availability"] as const;
type About = Record<(typeof aboutFields)[number], string>;
/** What a profile must keep: emptied, these are not sent as cleared. */
const kept = new Set(["first_name", "last_name", "state"]);

function aboutOf(profile: Profile): About {
    return Object.fromEntries(aboutFields.map((f) => [f, String((profile as unknown as Record<string, unknown>)[f] ?? "")])) as About;
}

/** A form's unsaved values, kept in this tab until saved or thrown away. */
function useDraft<T extends Record<string, string>>(key: string, form: FormState<T>, base: T) {
    const [restored, setRestored] = useState(false);
    useEffect(() => {
        try {
            const text = sessionStorage.getItem(key);
            if (!text)
                return;
            const draft = JSON.parse(text) as Partial<T>;
            for (const [field, value] of Object.entries(draft)) {
                if (field in base && typeof value === "string")
                    form.set(field as keyof T, value as T[keyof T]);
            }
            setRestored(true);
        } catch {
            sessionStorage.removeItem(key);
        }
    }, [key]);
    const changed = Object.fromEntries(Object.entries(form.values).filter(([field, value]) => value !== base[field])) as Partial<T>;
    const dirty = Object.keys(changed).length > 0;
    useEffect(() => {
        if (dirty)
            sessionStorage.setItem(key, JSON.stringify(changed));
        else
            sessionStorage.removeItem(key);
    }, [key, JSON.stringify(changed)]);
    return {
        changed,
        restored: restored && dirty,
        clear: () => {
            sessionStorage.removeItem(key);
            setRestored(false);
        },
    };
}

function AboutSection({ profile, onSaved }: SectionProps) {
    const base = aboutOf(profile);
    const form = useForm<About>(base);
    const draft = useDraft(`wn.profile-draft.${profile.id}`, form, base);
    const signUpForm = profile.country_code === "NG" || !profile.country_code ? "talentSignUpNigeria" : "talentSignUpAfrica";
    const submit = form.submit(async () => {
        const changes: Record<string, string | null> = {};
        for (const [field, value] of Object.entries(draft.changed)) {
            const text = (value ?? "").trim();
            if (text === "" && kept.has(field))
                throw new ApiError(400, [`${field} should not be empty`], [...aboutFields]);
            changes[field] = text === "" ? null : text;
        }
        if (Object.keys(changes).length === 0) {
            onSaved("Nothing to save: nothing has changed.");
            return;
        }
        // What the sign-up form also asks for is checked by its rules before sending (a field
        // being cleared needs no check).
        const given = Object.entries(changes).filter(([, v]) => v !== null) as [string, string][];
        checkForm(signUpForm, Object.fromEntries(given), given.map(([field]) => field));
        await call("updateMyProfile", { body: changes, fields: [...aboutFields] });
        draft.clear();
        // The form now shows what was saved, as the server will answer it.
        for (const [field, value] of Object.entries(changes))
            form.set(field as keyof About, value ?? "");
        onSaved("Your details are saved.");
    });
    const text = (name: keyof About, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
        <TextField label={label} name={name} value={form.values[name]} error={form.errors[name]}
            maxLength={ruleOf(signUpForm, name).maxLength} onValue={(v) => form.set(name, v)} {...extra} />
    );
    return (
        <Section id="about" title="About you">
            {draft.restored && (
                <Alert kind="info">
                    <p>Your unsaved changes are back.</p>
                    <Button kind="link" type="button" onClick={() => {
                        draft.clear();
                        for (const field of aboutFields)
                            form.set(field, base[field]);
                    }}>Throw them away</Button>
                </Alert>
            )}
            <form onSubmit={submit} noValidate class="grid">
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                {text("first_name", "First name", { autocomplete: "given-name", required: true })}
                {text("last_name", "Last name", { autocomplete: "family-name", required: true })}
                {text("headline", "Headline", { hint: "One line about what you do, like “Data analyst who loves clean pipelines”" })}
                <TextArea label="About me" name="bio" value={form.values.bio} error={form.errors.bio} rows={5}
                    onValue={(v) => form.set("bio", v)} />
                {text("phone_number", "Phone number", { type: "tel", autocomplete: "tel" })}
                <Select label="Gender" name="gender" value={form.values.gender} error={form.errors.gender}
                    options={[{ value: "", text: "Not given" }, ...choices("gender")]} onValue={(v) => form.set("gender", v)} />
                {text("date_of_birth", "Date of birth", { type: "date", autocomplete: "bday" })}
                {text("state", profile.country_code === "NG" ? "State" : "State, region or province", { required: true })}
                {text("linkedin_url", "LinkedIn", { type: "url", placeholder: "https://www.linkedin.com/in/…" })}
                {text("portfolio_url", "Portfolio or website", { type: "url", placeholder: "https://" })}
                <Select label="When could you start?" name="availability" value={form.values.availability} error={form.errors.availability}
                    options={[{ value: "", text: "Not given" }, ...choices("availability")]} onValue={(v) => form.set("availability", v)} />
                <div class="actions">
                    <Button type="submit" busy={form.busy}>{form.busy ? "Saving…" : "Save details"}</Button>
                    {Object.keys(draft.changed).length > 0 && <span class="meta">Unsaved changes</span>}
                </div>
            </form>
        </Section>
    );
}

function IdentitySection({ profile, onSaved }: SectionProps) {
    const form = useForm({ kind: "nin", number: "", date_of_birth: profile.date_of_birth ?? "" });
    const verified = [profile.bvn_verified && "BVN", profile.nin_verified && "NIN"].filter(Boolean);
    const submit = form.submit(async (v) => {
        const kind = v.kind === "bvn" ? "bvn" : "nin";
        const body: Record<string, string> = { [kind]: v.number.trim() };
        if (v.date_of_birth)
            body.date_of_birth = v.date_of_birth;
        try {
            await call(kind === "bvn" ? "verifyBvn" : "verifyNin", { body, fields: [kind, "date_of_birth"] });
        } catch (error) {
            throw error instanceof ApiError ? error.about("number") : error;
        }
        form.set("number", "");
        onSaved(`Your ${kind.toUpperCase()} is verified.`);
    });
    return (
        <Section id="identity" title="Identity">
            {verified.length > 0 ? (
                <p>Verified with your {verified.join(" and ")}.</p>
            ) : (
                <>
                    <p>Employers trust a verified profile. The name on record must match your account's.</p>
                    <form onSubmit={submit} noValidate class="grid">
                        <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                        <Select label="Number" name="kind" value={form.values.kind} onValue={(v) => form.set("kind", v)}
                            options={[{ value: "nin", text: "National Identification Number (NIN)" }, { value: "bvn", text: "Bank Verification Number (BVN)" }]} />
                        <TextField label="Your 11 digits" name="number" inputMode="numeric" maxLength={11} required value={form.values.number}
                            error={form.errors.number || form.errors[form.values.kind]} onValue={(v) => form.set("number", v.replace(/\D/g, ""))} />
                        <TextField label="Date of birth on record" name="date_of_birth" type="date" value={form.values.date_of_birth}
                            error={form.errors.date_of_birth} onValue={(v) => form.set("date_of_birth", v)} />
                        <div class="actions"><Button type="submit" busy={form.busy}>Verify</Button></div>
                    </form>
                </>
            )}
        </Section>
    );
}

function SkillsSection({ profile, onSaved }: SectionProps) {
    const form = useForm({ query: "", skill_id: "", level: "intermediate", years: "" });
    const found = useLoad(
        (signal) => form.values.query.trim().length < 1
            ? Promise.resolve({ data: [] as { id: number; name: string }[] })
            : call<{ data: { id: number; name: string }[] }>("skills", { query: { q: form.values.query.trim(), limit: 20 }, signal }),
        [form.values.query],
    );
    const mine = profile.skills;
    const save = async (skills: { skill_id: number; level: string; years: number | null }[], what: string) => {
        await call("setMySkills", { body: { skills }, fields: ["skills"] });
        onSaved(what);
    };
    const current = () => mine.map((s) => ({ skill_id: s.skill_id, level: s.level, years: s.years }));
    const add = form.submit(async (values) => {
        const id = Number(values.skill_id);
        if (!id)
            throw new ApiError(400, ["skill_id should not be empty"], ["skill_id"]);
        const years = values.years.trim() === "" ? null : Number(values.years);
        if (years !== null && (!Number.isInteger(years) || years < 0 || years > 60))
            throw new ApiError(400, ["years must be a whole number from 0 to 60"], ["years"]);
        const name = found.data?.data.find((s) => s.id === id)?.name ?? "The skill";
        await save([...current().filter((s) => s.skill_id !== id), { skill_id: id, level: values.level, years }], `${name} is added to your skills.`);
        form.set("skill_id", "");
        form.set("query", "");
        form.set("years", "");
    });
    const [removing, setRemoving] = useState(0);
    const [removeError, setRemoveError] = useState("");
    const remove = async (skill: Skill) => {
        setRemoving(skill.skill_id);
        setRemoveError("");
        try {
            await save(current().filter((s) => s.skill_id !== skill.skill_id), `${skill.name} is removed from your skills.`);
        } catch (error) {
            setRemoveError((error as Error).message);
        } finally {
            setRemoving(0);
        }
    };
    const options = found.data?.data ?? [];
    return (
        <Section id="skills" title="Skills">
            {mine.length === 0 ? <p class="meta">No skills yet. Add at least three, with how well you know each.</p> : (
                <ul class="entries">
                    {mine.map((s) => (
                        <li key={s.skill_id}>
                            <span><strong>{s.name}</strong> · {choiceLabel("level", s.level)}{s.years !== null ? ` · ${s.years} ${s.years === 1 ? "year" : "years"}` : ""}</span>
                            <Button kind="link" type="button" busy={removing === s.skill_id} onClick={() => remove(s)} aria-label={`Remove ${s.name}`}>Remove</Button>
                        </li>
                    ))}
                </ul>
            )}
            <Alert>{removeError}</Alert>
            <form onSubmit={add} noValidate class="grid">
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <TextField label="Find a skill" type="search" name="query" value={form.values.query} onValue={(v) => {
                    form.set("query", v);
                    form.set("skill_id", "");
                }} hint="Type part of its name, then choose it below" />
                <Select label="Skill" name="skill_id" value={form.values.skill_id} error={form.errors.skill_id} onValue={(v) => form.set("skill_id", v)}
                    options={[{ value: "", text: found.loading ? "Searching…" : options.length ? "Choose a skill" : "No skill found yet" },
                              ...options.map((s) => ({ value: String(s.id), text: s.name }))]} />
                <Select label="How well you know it" name="level" value={form.values.level} error={form.errors.level} onValue={(v) => form.set("level", v)}
                    options={choices("level")} />
                <TextField label="Years of practice" name="years" inputMode="numeric" value={form.values.years} error={form.errors.years}
                    onValue={(v) => form.set("years", v)} />
                <div class="actions"><Button type="submit" busy={form.busy}>Add skill</Button></div>
            </form>
        </Section>
    );
}

/** A list entry as the update takes it back: only the fields it has. */
function educationInput(e: Education) {
    const input: Record<string, unknown> = { school_name: e.school_name };
    if (e.school_id !== null)
        input.school_id = e.school_id;
    if (e.education_level)
        input.education_level = e.education_level.code;
    if (e.course)
        input.course = e.course;
    if (e.start_year !== null)
        input.start_year = e.start_year;
    if (e.end_year !== null)
        input.end_year = e.end_year;
    return input;
}

function experienceInput(x: Experience) {
    const input: Record<string, unknown> = { company: x.company, title: x.title, start_month: x.start_month, current: x.current };
    if (x.end_month)
        input.end_month = x.end_month;
    if (x.description)
        input.description = x.description;
    return input;
}

/**
 * A list of the profile (education, experience) that the update replaces whole: @p put sends
 * the entries, @p remove sends them without one; messages about an entry land by its fields.
 */
function useEntries<T>(name: string, list: T[], toInput: (entry: T) => Record<string, unknown>, fields: string[],
                       onSaved: (what: string) => void) {
    const [removeError, setRemoveError] = useState("");
    const put = async (entries: Record<string, unknown>[], what: string) => {
        try {
            await call("updateMyProfile", { body: { [name]: entries }, fields });
        } catch (error) {
            throw entryError(error, name, fields);
        }
        onSaved(what);
    };
    const remove = (index: number) => {
        setRemoveError("");
        put(list.filter((_, i) => i !== index).map(toInput), "The entry is removed.").catch((error) => setRemoveError((error as Error).message));
    };
    return { put, remove, removeError };
}

function EducationSection({ profile, onSaved }: SectionProps) {
    const levels = useLoad((signal) => call<{ data: Entry[] }>("educationLevels", { signal }), []);
    const fields = ["school_name", "education_level", "course", "start_year", "end_year"];
    const form = useForm({ school_name: "", education_level: "", course: "", start_year: "", end_year: "" });
    const list = profile.education;
    const { put, remove, removeError } = useEntries("education", list, educationInput, fields, onSaved);
    const add = form.submit(async (v) => {
        const entry: Record<string, unknown> = { school_name: v.school_name.trim() };
        if (!entry.school_name)
            throw new ApiError(400, ["school_name should not be empty"], fields);
        if (v.education_level)
            entry.education_level = v.education_level;
        if (v.course.trim())
            entry.course = v.course.trim();
        for (const year of ["start_year", "end_year"] as const) {
            if (v[year].trim()) {
                const n = Number(v[year]);
                if (!Number.isInteger(n))
                    throw new ApiError(400, [`${year} must be a year, like 2021`], fields);
                entry[year] = n;
            }
        }
        await put([...list.map(educationInput), entry], `${entry.school_name} is added to your education.`);
        for (const f of fields)
            form.set(f as keyof typeof form.values, "");
    });
    return (
        <Section id="education" title="Education">
            {list.length === 0 ? <p class="meta">No education yet.</p> : (
                <ul class="entries">
                    {list.map((e, i) => (
                        <li key={i}>
                            <span>
                                <strong>{e.school_name}</strong>
                                {e.course && ` · ${e.course}`}{e.education_level?.name && ` · ${e.education_level.name}`}
                                {(e.start_year || e.end_year) && ` · ${e.start_year ?? "…"}–${e.end_year ?? "now"}`}
                            </span>
                            <Button kind="link" type="button" onClick={() => remove(i)} aria-label={`Remove ${e.school_name}`}>Remove</Button>
                        </li>
                    ))}
                </ul>
            )}
            <Alert>{removeError}</Alert>
            <form onSubmit={add} noValidate class="grid">
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <TextField label="School" name="school_name" required value={form.values.school_name} error={form.errors.school_name}
                    onValue={(v) => form.set("school_name", v)} />
                <Select label="Level of study" name="education_level" value={form.values.education_level} error={form.errors.education_level}
                    onValue={(v) => form.set("education_level", v)}
                    options={[{ value: "", text: "Not given" }, ...(levels.data?.data ?? []).map((l) => ({ value: l.code, text: l.name ?? l.code }))]} />
                <TextField label="Course" name="course" value={form.values.course} error={form.errors.course} onValue={(v) => form.set("course", v)} />
                <TextField label="From (year)" name="start_year" inputMode="numeric" value={form.values.start_year} error={form.errors.start_year}
                    onValue={(v) => form.set("start_year", v)} />
                <TextField label="To (year)" name="end_year" inputMode="numeric" value={form.values.end_year} error={form.errors.end_year}
                    onValue={(v) => form.set("end_year", v)} />
                <div class="actions"><Button type="submit" busy={form.busy}>Add education</Button></div>
            </form>
        </Section>
    );
}

/** "2021-02" as a person reads it: "Feb 2021"; anything else as it is. */
function monthName(month: string | null): string {
    const found = month?.match(/^(\d{4})-(\d{2})$/);
    if (!found)
        return month ?? "";
    return new Date(Date.UTC(Number(found[1]), Number(found[2]) - 1, 1))
        .toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}

function ExperienceSection({ profile, onSaved }: SectionProps) {
    const fields = ["company", "title", "start_month", "end_month", "current", "description"];
    const form = useForm({ company: "", title: "", start_month: "", end_month: "", current: "", description: "" });
    const list = profile.experience;
    const { put, remove, removeError } = useEntries("experience", list, experienceInput, fields, onSaved);
    const add = form.submit(async (v) => {
        const entry: Record<string, unknown> = {
            company: v.company.trim(), title: v.title.trim(), start_month: v.start_month, current: v.current === "yes",
        };
        const empty = ["company", "title", "start_month"].filter((f) => !entry[f]).map((f) => `${f} should not be empty`);
        if (empty.length)
            throw new ApiError(400, empty, fields);
        if (v.end_month && v.current !== "yes")
            entry.end_month = v.end_month;
        if (v.description.trim())
            entry.description = v.description.trim();
        await put([...list.map(experienceInput), entry], `${entry.title} at ${entry.company} is added to your experience.`);
        for (const f of fields)
            form.set(f as keyof typeof form.values, "");
    });
    return (
        <Section id="experience" title="Work experience">
            {list.length === 0 ? <p class="meta">No work experience yet.</p> : (
                <ul class="entries">
                    {list.map((x, i) => (
                        <li key={i}>
                            <span><strong>{x.title}</strong> at {x.company} · {monthName(x.start_month)}–{x.current ? "now" : monthName(x.end_month)}</span>
                            <Button kind="link" type="button" onClick={() => remove(i)} aria-label={`Remove ${x.title} at ${x.company}`}>Remove</Button>
                        </li>
                    ))}
                </ul>
            )}
            <Alert>{removeError}</Alert>
            <form onSubmit={add} noValidate class="grid">
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <TextField label="Job title" name="title" required value={form.values.title} error={form.errors.title} onValue={(v) => form.set("title", v)} />
                <TextField label="Company" name="company" required value={form.values.company} error={form.errors.company} onValue={(v) => form.set("company", v)} />
                <TextField label="From (month)" name="start_month" type="month" required placeholder="2022-03" value={form.values.start_month}
                    error={form.errors.start_month} onValue={(v) => form.set("start_month", v)} />
                <label class="check">
                    <input type="checkbox" name="current" checked={form.values.current === "yes"}
                        onChange={(e) => form.set("current", e.currentTarget.checked ? "yes" : "")} /> I work here now
                </label>
                {form.values.current !== "yes" && (
                    <TextField label="To (month)" name="end_month" type="month" placeholder="2024-06" value={form.values.end_month}
                        error={form.errors.end_month} onValue={(v) => form.set("end_month", v)} />
                )}
                <TextArea label="What you did" name="description" rows={3} value={form.values.description} error={form.errors.description}
                    onValue={(v) => form.set("description", v)} />
                <div class="actions"><Button type="submit" busy={form.busy}>Add experience</Button></div>
            </form>
        </Section>
    );
}

/** The pay looked for as the form holds it: whole naira as typed, and the period. */
interface Pay {
    min: string;
    max: string;
    period: string;
}

function payOf(profile: Profile): Pay {
    const pay = profile.salary_expectation;
    return { min: pay ? String(pay.min) : "", max: pay ? String(pay.max) : "", period: pay?.period ?? "monthly" };
}

/** Naira as a person types them ("450,000", "₦ 450000") as a whole number, or NaN. */
function naira(text: string): number {
    const digits = text.replace(/[₦,\s]/g, "");
    return /^\d+$/.test(digits) ? Number(digits) : NaN;
}

const preferenceFields = ["job_preferences", "hidden", "assessment_visibility", "desired_career_level", "salary_expectation.min", "salary_expectation.max",
    "salary_expectation.period", "salary_expectation", "willing_to_relocate"];

function PreferencesSection({ profile, onSaved }: SectionProps) {
    const all = useLoad((signal) => call<{ data: Entry[] }>("jobPreferences", { signal }), []);
    const levels = useLoad((signal) => call<{ data: Entry[] }>("careerLevels", { signal }), []);
    const loaded = profile.job_preferences.map((p) => p.code);
    const [chosen, setChosen] = useState<string[]>(loaded);
    const [hidden, setHidden] = useState(profile.hidden);
    const level0 = profile.desired_career_level?.code ?? "";
    const pay0 = payOf(profile);
    const relocate0 = profile.willing_to_relocate === null ? "" : String(profile.willing_to_relocate);
    const shown0 = profile.assessment_visibility ?? "applications";
    const form = useForm({ level: level0, min: pay0.min, max: pay0.max, period: pay0.period, relocate: relocate0, shown: shown0 });
    const v = form.values;
    const kindsChanged = chosen.length !== loaded.length || chosen.some((c) => !loaded.includes(c));
    // An amount typed as people write it ("600,000") is the amount kept (600000): not a change.
    const sameAmount = (typed: string, kept: string) => typed.trim() === kept || (kept !== "" && naira(typed) === Number(kept));
    const payChanged = !sameAmount(v.min, pay0.min) || !sameAmount(v.max, pay0.max) || (v.min !== "" && v.period !== pay0.period);
    const changed = kindsChanged || hidden !== profile.hidden || v.level !== level0 || payChanged || v.relocate !== relocate0
        || v.shown !== shown0;
    const save = form.submit(async () => {
        // Only what changed, so a list changed elsewhere meanwhile is not put back.
        const body: Record<string, unknown> = {};
        if (kindsChanged)
            body.job_preferences = chosen;
        if (hidden !== profile.hidden)
            body.hidden = hidden;
        if (v.shown !== shown0)
            body.assessment_visibility = v.shown;
        if (v.level !== level0)
            body.desired_career_level = v.level || null;
        if (v.relocate !== relocate0)
            body.willing_to_relocate = v.relocate === "" ? null : v.relocate === "true";
        if (payChanged) {
            if (v.min.trim() === "" && v.max.trim() === "") {
                body.salary_expectation = null;
            } else {
                // Checked here as the server checks it, so the problem shows before sending.
                const min = naira(v.min);
                const max = naira(v.max);
                const problems = [
                    ...(Number.isNaN(min) ? ["salary_expectation.min must be an amount in naira, like 450,000"] : []),
                    ...(Number.isNaN(max) ? ["salary_expectation.max must be an amount in naira, like 700,000"] : []),
                    ...(!Number.isNaN(min) && !Number.isNaN(max) && max < min ? ["salary_expectation.max must not be less than salary_expectation.min"] : []),
                ];
                if (problems.length)
                    throw new ApiError(400, problems, preferenceFields);
                body.salary_expectation = { min, max, period: v.period };
            }
        }
        await call("updateMyProfile", { body, fields: preferenceFields });
        onSaved("Your preferences are saved.");
    });
    const payError = (field: "min" | "max") => form.errors[`salary_expectation.${field}`] ?? (field === "max" ? form.errors["salary_expectation"] : undefined);
    return (
        <Section id="preferences" title="Work you are looking for">
            {all.error && <Alert>{all.error}</Alert>}
            <form onSubmit={save} noValidate>
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <fieldset class="options options-wide">
                    <legend>Choose every kind that fits</legend>
                    {(all.data?.data ?? []).map((p) => (
                        <label key={p.code}>
                            <input type="checkbox" name="job_preferences" value={p.code} checked={chosen.includes(p.code)}
                                onChange={(e) => setChosen((old) => e.currentTarget.checked ? [...old, p.code] : old.filter((c) => c !== p.code))} />
                            {" "}{p.name ?? p.code}
                        </label>
                    ))}
                </fieldset>
                <div class="grid">
                    <Select label="Career level" name="desired_career_level" value={v.level} error={form.errors["desired_career_level"]}
                        options={[{ value: "", text: "Not given" }, ...(levels.data?.data ?? []).map((l) => ({ value: l.code, text: l.name ?? l.code }))]}
                        onValue={(x) => form.set("level", x)} />
                    <Select label="Willing to move for work?" name="willing_to_relocate" value={v.relocate} error={form.errors["willing_to_relocate"]}
                        options={[{ value: "", text: "Not given" }, { value: "true", text: "Yes" }, { value: "false", text: "No" }]}
                        onValue={(x) => form.set("relocate", x)} />
                    <TextField label="Pay you expect, from (₦)" name="salary_min" inputMode="numeric" placeholder="450,000" value={v.min}
                        error={payError("min")} onValue={(x) => form.set("min", x)} />
                    <TextField label="To (₦)" name="salary_max" inputMode="numeric" placeholder="700,000" value={v.max}
                        error={payError("max")} onValue={(x) => form.set("max", x)} />
                    <Select label="Paid" name="salary_period" value={v.period} error={form.errors["salary_expectation.period"]}
                        options={[{ value: "monthly", text: "a month" }, { value: "yearly", text: "a year" }]} onValue={(x) => form.set("period", x)} />
                </div>
                <label class="check">
                    <input type="checkbox" name="hidden" checked={hidden} onChange={(e) => setHidden(e.currentTarget.checked)} />
                    Hide my profile from employers' candidate search (they still see my applications)
                </label>
                <Select label="Who sees your assessment results" name="assessment_visibility" value={v.shown}
                    error={form.errors["assessment_visibility"]} options={choices("assessment_visibility")}
                    hint="Results of a company's own test, taken at its invitation, are always that company's to see."
                    onValue={(x) => form.set("shown", x)} />
                <Button type="submit" busy={form.busy} disabled={!changed}>Save preferences</Button>
            </form>
        </Section>
    );
}

function VideoSection({ profile, onSaved }: SectionProps) {
    const [error, setError] = useState("");
    const [busy, setBusy] = useState(false);
    const video = profile.intro_video;
    const choose = async (file: File) => {
        setBusy(true);
        const problem = await upload("introVideo", file, "video");
        setBusy(false);
        setError(problem);
        if (!problem)
            onSaved("Your intro video is uploaded.");
    };
    return (
        <Section id="video" title="Intro video">
            <p>A minute or two introducing yourself helps employers get to know you.</p>
            {video && <video class="intro" controls preload="metadata" src={local(video.url)} aria-label="Your intro video" />}
            <FileField label={video ? "Replace your intro video" : "Upload an intro video"} accept={uploads.video.types.join(",")}
                hint={`${uploads.video.words[0].toUpperCase()}${uploads.video.words.slice(1)}, at most ${megabytes(uploads.video.maxBytes)}`}
                error={error} busy={busy} onFile={choose} />
        </Section>
    );
}
