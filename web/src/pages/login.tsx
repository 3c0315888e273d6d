// SPDX-License-Identifier: Apache-2.0
import { ApiError, call } from "../api";
import { navigate, useLocation } from "../router";
import { awaitingCode, signIn, type Session, type User } from "../session";
import { Alert, Button, TextField, useForm, useTitle } from "../ui";

export function LoginPage() {
    useTitle("Sign in");
    const url = useLocation();
    const next = url.searchParams.get("next");
    const form = useForm({ email: url.searchParams.get("email") ?? "", password: "" });
    // Sent here after verifying an address or choosing a new password.
    const notice = url.searchParams.has("verified")
        ? "Your address is verified. Sign in to continue."
        : url.searchParams.has("reset") ? "Your password is changed. Sign in with the new one." : "";
    const submit = form.submit(async (values) => {
        let answer: { access_token: string; user: User };
        try {
            answer = await call("loginTalent", { body: values, fields: ["email", "password"] });
        } catch (error) {
            // The address is not verified yet: its code signs the talent in, with this password.
            if (error instanceof ApiError && error.status === 403 && /verify your email/i.test(error.message)) {
                awaitingCode.email = values.email.trim().toLowerCase();
                awaitingCode.password = values.password;
                navigate(`/verify?email=${encodeURIComponent(awaitingCode.email)}`);
                return;
            }
            throw error;
        }
        const session: Session = { token: answer.access_token, user: answer.user };
        signIn(session);
        // Only a page of the portal's own, never another site.
        navigate(next && next.startsWith("/") && !next.startsWith("//") ? next : "/home", true);
    });
    return (
        <section class="narrow">
            <h1>Sign in</h1>
            {notice && <Alert kind="success">{notice}</Alert>}
            <form onSubmit={submit} noValidate>
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <TextField label="Email" type="email" name="email" autocomplete="email" required value={form.values.email} error={form.errors.email} onValue={(v) => form.set("email", v)} />
                <TextField label="Password" type="password" name="password" autocomplete="current-password" required value={form.values.password} error={form.errors.password} onValue={(v) => form.set("password", v)} />
                <Button type="submit" busy={form.busy}>{form.busy ? "Signing in…" : "Sign in"}</Button>
            </form>
            {/* The address typed here goes along: nobody types it twice. */}
            <p><a href={form.values.email.trim() ? `/forgot-password?email=${encodeURIComponent(form.values.email.trim())}` : "/forgot-password"}>
                Forgot your password?
            </a></p>
            <p>New to Worknation? <a href="/signup">Create an account</a></p>
        </section>
    );
}
