// SPDX-License-Identifier: Apache-2.0
// Where links in mails land: an invitation (staff, mentors, instructors, and talents a partner or
// an assessment portal added) to choose a password, and an assessment portal's onboarding link,
// which leads to the test it names.
import { useEffect, useState } from "preact/hooks";
import { ApiError, call } from "../api";
import { checkForm } from "../formcheck";
import { navigate, useLocation } from "../router";
import { session, signIn, type User } from "../session";
import { useValue } from "../signal";
import { Alert, Button, Loading, TextField, useForm, useLoad, useTitle } from "../ui";
import { roleLabel } from "../vocabulary";

/** Only a page of the portal's own, never another site. */
function ownPage(next: string | null): string | null {
    return next && next.startsWith("/") && !next.startsWith("//") ? next : null;
}

/** What a link cut short (a mail program may break a long one) or mangled is told: the server's
 *  words about its "token" field mean nothing to the person who clicked it. */
const brokenLink = "The link is incomplete or damaged. Open it again from the mail, all of it, or ask for a new one.";

/** @p error, unless it is about the link's token: then the words for a broken link. */
function aboutTheLink(error: unknown): unknown {
    return error instanceof ApiError && error.fields.token ? new ApiError(error.status, [brokenLink]) : error;
}

function BrokenLink({ problem }: { problem: string }) {
    return (
        <section class="narrow">
            <h1>This link does not work</h1>
            <Alert><p>{problem}</p></Alert>
        </section>
    );
}

export function AcceptInvitePage() {
    useTitle("Choose your password");
    const url = useLocation();
    const token = url.searchParams.get("token") ?? "";
    const next = ownPage(url.searchParams.get("next"));
    const form = useForm({ password: "", confirm: "" });
    const [done, setDone] = useState<User | null>(null);
    const submit = form.submit(async (values) => {
        checkForm("talentSignUpNigeria", { password: values.password }, ["password"]);
        if (values.password !== values.confirm)
            throw new ApiError(400, ["confirm must be the same password"], ["confirm"]);
        // The token is the link's, not a field the person can fix: its problems show above the form.
        let accepted: { access_token: string; user: User };
        try {
            accepted = await call("acceptInvite", { body: { token, password: values.password }, fields: ["password", "token"] });
        } catch (error) {
            throw aboutTheLink(error);
        }
        if (accepted.user.role === "talent") {
            signIn({ token: accepted.access_token, user: accepted.user });
            navigate(next ?? "/profile", true);
        } else {
            setDone(accepted.user);
        }
    });
    if (!token)
        return <BrokenLink problem={brokenLink} />;
    if (done)
        return (
            <section class="narrow">
                <h1>Your account is ready</h1>
                <Alert kind="success">
                    <p>You can now sign in as {done.email} ({roleLabel(done.role)}).</p>
                </Alert>
                <p>Staff, employers, mentors and instructors work in the Worknation desktop app: open it and sign in with this address and the password you chose.</p>
            </section>
        );
    return (
        <section class="narrow">
            <h1>Choose your password</h1>
            <p>You were invited to Worknation. Choose the password you will sign in with.</p>
            <form onSubmit={submit} noValidate>
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <TextField label="Password" type="password" name="password" autocomplete="new-password" required
                    hint="At least 8 characters, with a letter and a number" value={form.values.password}
                    error={form.errors.password} onValue={(v) => form.set("password", v)} />
                <TextField label="The same password again" type="password" name="confirm" autocomplete="new-password" required
                    value={form.values.confirm} error={form.errors.confirm} onValue={(v) => form.set("confirm", v)} />
                <Button type="submit" busy={form.busy}>{form.busy ? "Saving…" : "Save and continue"}</Button>
            </form>
        </section>
    );
}

interface Landing {
    kind: "applicant" | "employer";
    page: "assessment" | "assessment-results";
    email?: string;
    company: { id: number; name: string };
    assessment: { slug: string; title: string; time_limit_seconds: number | null };
}

export function OnboardingPage() {
    useTitle("Your assessment");
    const token = useLocation().searchParams.get("token") ?? "";
    const current = useValue(session);
    const landing = useLoad(async (signal) => {
        if (!token)
            throw new Error(brokenLink);
        try {
            return await call<Landing>("assessmentOnboarding", { query: { token }, signal, fields: ["token"] });
        } catch (error) {
            throw aboutTheLink(error);
        }
    }, [token]);
    const test = landing.data?.page === "assessment" ? `/assessments/${encodeURIComponent(landing.data.assessment.slug)}` : null;
    // A talent already signed in goes straight to the test. The link says nothing about whether
    // its address has an account, so everyone else is offered both ways in.
    const to = test && current?.user.role === "talent" ? test : null;
    useEffect(() => {
        if (to)
            navigate(to, true);
    }, [to]);
    if (landing.loading)
        return <Loading what="Opening your link…" />;
    if (landing.error)
        return <BrokenLink problem={landing.error} />;
    const l = landing.data!;
    return (
        <section class="narrow">
            <h1>{l.assessment.title}</h1>
            <p class="meta">For {l.company.name}</p>
            {test && (
                <>
                    <p>This assessment is for {l.email}.</p>
                    <p><a class="button button-primary" href={`/login?next=${encodeURIComponent(test)}`}>Sign in and start</a></p>
                    <p>If you are new to Worknation, we have mailed {l.email} an invitation: open it to choose your password, then open this link again to start the assessment.</p>
                </>
            )}
            {l.page === "assessment-results" && (
                <p>The results of this assessment are in the Worknation desktop app: sign in there as an employer of {l.company.name}.</p>
            )}
        </section>
    );
}
