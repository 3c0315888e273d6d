// SPDX-License-Identifier: Apache-2.0
// A forgotten password: the server mails a six-digit code (and a link to the reset page that
// carries it); the code and a new password set it, and the talent signs in with the new one.
import { ApiError, call } from "../api";
import { checkForm, ruleOf } from "../formcheck";
import { navigate, useLocation } from "../router";
import { Alert, Button, TextField, useForm, useTitle } from "../ui";

/** Passwords follow the sign-up form's rule, the one the server holds every password to. */
const passwordForm = "talentSignUpNigeria";

export function ForgotPasswordPage() {
    useTitle("Forgot your password");
    const form = useForm({ email: useLocation().searchParams.get("email") ?? "" });
    const submit = form.submit(async (values) => {
        checkForm(passwordForm, values, ["email"]);
        const email = values.email.trim().toLowerCase();
        await call("forgotPassword", { body: { email }, fields: ["email"] });
        navigate(`/reset-password?email=${encodeURIComponent(email)}&sent=1`);
    });
    return (
        <section class="narrow">
            <h1>Forgot your password</h1>
            <p>Enter the address you sign in with. If it has an account, we mail it a code to choose a new password.</p>
            <form onSubmit={submit} noValidate>
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <TextField label="Email" type="email" name="email" autocomplete="email" required value={form.values.email}
                    error={form.errors.email} onValue={(v) => form.set("email", v)} />
                <Button type="submit" busy={form.busy}>{form.busy ? "Sending…" : "Send me a code"}</Button>
            </form>
            <p><a href="/reset-password">I already have a code</a></p>
            <p><a href="/login">Back to sign in</a></p>
        </section>
    );
}

export function ResetPasswordPage() {
    useTitle("Choose a new password");
    const url = useLocation();
    const sent = url.searchParams.has("sent");
    const form = useForm({ email: url.searchParams.get("email") ?? "", token: url.searchParams.get("code") ?? "", password: "" });
    const fields = ["email", "token", "password"];
    const submit = form.submit(async (values) => {
        checkForm(passwordForm, values, ["email", "password"]);
        const email = values.email.trim().toLowerCase();
        try {
            await call("resetPassword", { body: { email, token: values.token.trim(), password: values.password }, fields });
        } catch (error) {
            throw error instanceof ApiError ? error.about("token") : error;
        }
        navigate(`/login?reset=1&email=${encodeURIComponent(email)}`, true);
    });
    return (
        <section class="narrow">
            <h1>Choose a new password</h1>
            {sent && <Alert kind="info">If an account uses {form.values.email}, a code is on its way. It works for 10 minutes.</Alert>}
            <form onSubmit={submit} noValidate>
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <TextField label="Email" type="email" name="email" autocomplete="username" required value={form.values.email}
                    error={form.errors.email} onValue={(v) => form.set("email", v)} />
                <TextField label="Code" name="token" inputMode="numeric" autocomplete="one-time-code" maxLength={6} required
                    value={form.values.token} error={form.errors.token} hint="Six digits, from the mail"
                    onValue={(v) => form.set("token", v.replace(/\D/g, ""))} />
                <TextField label="New password" type="password" name="password" autocomplete="new-password" required
                    maxLength={ruleOf(passwordForm, "password").maxLength} value={form.values.password} error={form.errors.password}
                    hint={`At least ${ruleOf(passwordForm, "password").minLength ?? 8} characters`}
                    onValue={(v) => form.set("password", v)} />
                <Button type="submit" busy={form.busy}>{form.busy ? "Saving…" : "Set the new password"}</Button>
            </form>
            <p><a href={`/forgot-password${form.values.email ? `?email=${encodeURIComponent(form.values.email)}` : ""}`}>Send me a new code</a></p>
        </section>
    );
}
