// SPDX-License-Identifier: Apache-2.0
// The six-digit code mailed at sign-up. Once the address is verified the talent is signed in with
// what they just typed (or, after a reload, asked to sign in) and taken to their profile.
import { useEffect, useState } from "preact/hooks";
import { ApiError, call } from "../api";
import { navigate, useLocation } from "../router";
import { awaitingCode, signIn, type User } from "../session";
import { Alert, Button, TextField, useForm, useTitle } from "../ui";

/** Seconds before another code may be asked for: the server allows only a few an hour. */
const coolDown = 60;

export function VerifyPage() {
    useTitle("Check your email");
    const url = useLocation();
    const [email, setEmail] = useState(url.searchParams.get("email") ?? "");
    const knownEmail = url.searchParams.has("email");
    const form = useForm({ token: "" });
    const [notice, setNotice] = useState("");
    // A code was just mailed (at sign-up): another waits for the cool-down.
    const [waitUntil, setWaitUntil] = useState(url.searchParams.has("sent") ? Date.now() + coolDown * 1000 : 0);
    const [now, setNow] = useState(Date.now());
    const left = Math.max(0, Math.ceil((waitUntil - now) / 1000));
    useEffect(() => {
        if (left <= 0)
            return;
        const timer = setInterval(() => setNow(Date.now()), 1000);
        return () => clearInterval(timer);
    }, [left > 0]);

    const verify = form.submit(async (values) => {
        try {
            await call("verifyEmail", { body: { email: email.trim(), token: values.token.trim() }, fields: ["token", "email"] });
        } catch (error) {
            if (error instanceof ApiError && error.status === 409) {
                // Verified already (in another tab, say): nothing left but to sign in.
                navigate(`/login?verified=1&email=${encodeURIComponent(email.trim())}&next=${encodeURIComponent("/profile")}`, true);
                return;
            }
            throw error instanceof ApiError ? error.about("token") : error;
        }
        const address = email.trim().toLowerCase();
        if (awaitingCode.email === address && awaitingCode.password) {
            const answer = await call<{ access_token: string; user: User }>("loginTalent", {
                body: { email: address, password: awaitingCode.password },
            });
            awaitingCode.password = "";
            signIn({ token: answer.access_token, user: answer.user });
            navigate("/profile?welcome=1", true);
        } else {
            navigate(`/login?verified=1&email=${encodeURIComponent(address)}&next=${encodeURIComponent("/profile")}`, true);
        }
    });

    const [resending, setResending] = useState(false);
    const [resendError, setResendError] = useState("");
    const resend = async () => {
        setResending(true);
        setResendError("");
        setNotice("");
        try {
            await call("resendCode", { body: { email: email.trim() } });
            setNotice(`A new code is on its way to ${email.trim()}. Only the newest code works.`);
            setWaitUntil(Date.now() + coolDown * 1000);
            setNow(Date.now());
        } catch (error) {
            setResendError((error as Error).message);
        } finally {
            setResending(false);
        }
    };

    return (
        <section class="narrow">
            <h1>Check your email</h1>
            {knownEmail ? (
                url.searchParams.has("sent")
                    ? <p>We sent a 6-digit code to <strong>{email}</strong>. It works for 10 minutes.</p>
                    : <p>Verify <strong>{email}</strong> with the 6-digit code we mailed to it, or ask for a new one: a code works for 10 minutes.</p>
            ) : (
                <p>Enter the address you signed up with and the 6-digit code we mailed to it.</p>
            )}
            <form onSubmit={verify} noValidate>
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                {!knownEmail && (
                    <TextField label="Email" type="email" name="email" autocomplete="email" required value={email}
                        error={form.errors.email} onValue={setEmail} />
                )}
                <TextField label="Code" name="token" inputMode="numeric" autocomplete="one-time-code" maxLength={6} required
                    value={form.values.token} error={form.errors.token} hint="Six digits, from the mail"
                    onValue={(v) => form.set("token", v.replace(/\D/g, ""))} autoFocus />
                <Button type="submit" busy={form.busy}>{form.busy ? "Checking…" : "Verify"}</Button>
            </form>
            <div class="actions">
                <Button type="button" kind="secondary" busy={resending} disabled={left > 0 || !email.trim()} onClick={resend}
                    aria-describedby="resend-wait">
                    Send a new code
                </Button>
                <span id="resend-wait" class="meta">{left > 0 ? `You can ask for a new code in ${left} s.` : ""}</span>
            </div>
            <Alert kind="success">{notice}</Alert>
            <Alert>{resendError}</Alert>
            <p>Wrong address? <a href="/signup">Sign up again</a></p>
        </section>
    );
}
