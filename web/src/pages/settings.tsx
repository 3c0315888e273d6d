// SPDX-License-Identifier: Apache-2.0
// The signed-in person's account settings: the language of the e-mails Worknation sends them
// (none chosen is the server's default) and their password. The portal itself stays in English.
import { useEffect, useState } from "preact/hooks";
import { ApiError, call } from "../api";
import { problemWith, ruleOf } from "../formcheck";
import { session } from "../session";
import { Alert, Button, LoadError, Loading, Select, TextField, Told, useForm, useLoad, useTitle } from "../ui";
import { choiceLabel, choices } from "../vocabulary";

interface Account {
    id: number;
    email: string;
    language: string | null;
}

/** Passwords follow the sign-up form's rule, the one the server holds every password to. */
const passwordForm = "talentSignUpNigeria";

export function SettingsPage() {
    useTitle("Settings");
    return (
        <div class="narrow-wide">
            <h1>Settings</h1>
            <p class="meta">Signed in as {session.get()?.user.email}</p>
            <LanguageSection />
            <PasswordSection />
        </div>
    );
}

/** What the language of @p code reads as in a sentence: "Français", or the server's default. */
function languageWords(code: string | null): string {
    return code ? choiceLabel("language", code) : "the server's default language";
}

function LanguageSection() {
    const me = useLoad((signal) => call<Account>("me", { signal }), []);
    const [saved, setSaved] = useState<string | null>(null);
    const [told, setTold] = useState("");
    const form = useForm({ language: "" });
    useEffect(() => {
        if (!me.data)
            return;
        setSaved(me.data.language);
        form.set("language", me.data.language ?? "");
    }, [me.data]);
    const submit = form.submit(async (values) => {
        setTold("");
        const answer = await call<Account>("updateMe", { body: { language: values.language || null }, fields: ["language"] });
        setSaved(answer.language);
        form.set("language", answer.language ?? "");
        setTold(`Saved: Worknation now writes your e-mails in ${languageWords(answer.language)}.`);
    });
    return (
        <section class="panel" aria-labelledby="language-title">
            <h2 id="language-title">E-mail language</h2>
            <p>The language of the e-mails Worknation sends you: codes, invitations and news about your applications.
                This site stays in English.</p>
            {me.loading && !me.data && <Loading what="Loading your settings…" />}
            <LoadError load={me} />
            {me.data && (
                <form onSubmit={submit} noValidate class="narrow-left">
                    <Told text={told} kind="success" />
                    <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                    <Select label="Language of your e-mails" name="language" value={form.values.language} error={form.errors.language}
                        hint={`Now: ${saved ? choiceLabel("language", saved) : "the server's default"}`}
                        options={[{ value: "", text: "The server's default" }, ...choices("language")]}
                        onValue={(v) => {
                            setTold("");
                            form.set("language", v);
                        }} />
                    <div class="actions">
                        <Button type="submit" busy={form.busy}>{form.busy ? "Saving…" : "Save the language"}</Button>
                        {form.values.language !== (saved ?? "") && <span class="meta">Not saved yet</span>}
                    </div>
                </form>
            )}
        </section>
    );
}

const passwordFields = ["current_password", "new_password"];

function PasswordSection() {
    const form = useForm({ current_password: "", new_password: "" });
    const [told, setTold] = useState("");
    const rule = ruleOf(passwordForm, "password");
    const submit = form.submit(async (values) => {
        setTold("");
        // Checked as the server checks them, so a problem reads the same whoever finds it (the
        // current password is only held to the length every password has at most).
        const problems = [
            problemWith("current_password", { maxLength: rule.maxLength }, values.current_password, true),
            problemWith("new_password", rule, values.new_password, true),
        ].filter(Boolean);
        if (problems.length)
            throw new ApiError(400, problems, passwordFields);
        await call("changePassword", { body: values, fields: passwordFields });
        // Only now: a refusal keeps what was typed, to be corrected rather than typed again.
        form.set("current_password", "");
        form.set("new_password", "");
        setTold("Your password is changed. You stay signed in here; everywhere else, sign in again with the new one.");
    });
    return (
        <section class="panel" aria-labelledby="password-title">
            <h2 id="password-title">Password</h2>
            <form onSubmit={submit} noValidate class="narrow-left">
                <Told text={told} kind="success" />
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <TextField label="Current password" type="password" name="current_password" autocomplete="current-password" required
                    maxLength={rule.maxLength} value={form.values.current_password} error={form.errors.current_password}
                    onValue={(v) => form.set("current_password", v)} />
                <TextField label="New password" type="password" name="new_password" autocomplete="new-password" required
                    maxLength={rule.maxLength} value={form.values.new_password} error={form.errors.new_password}
                    hint={`At least ${rule.minLength ?? 8} characters`} onValue={(v) => form.set("new_password", v)} />
                <Button type="submit" busy={form.busy}>{form.busy ? "Changing…" : "Change the password"}</Button>
            </form>
        </section>
    );
}
