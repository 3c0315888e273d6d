// SPDX-License-Identifier: Apache-2.0
// A talent signs up, in Nigeria (one of its states) or elsewhere in Africa (a country and a state),
// checked before sending by the rules the server uses; a code is then mailed to verify the address.
import { ApiError, call } from "../api";
import { checkForm, ruleOf } from "../formcheck";
import { navigate } from "../router";
import { awaitingCode } from "../session";
import { Alert, Button, Select, TextField, useForm, useLoad, useTitle } from "../ui";

const personFields = ["first_name", "last_name", "email", "phone_number", "password"];

export function SignUpPage() {
    useTitle("Create your account");
    const form = useForm({
        where: "nigeria", first_name: "", last_name: "", email: "", phone_number: "", password: "", country: "", state: "",
    });
    const nigeria = form.values.where === "nigeria";
    const formName = nigeria ? "talentSignUpNigeria" : "talentSignUpAfrica";
    const states = useLoad((signal) => call<{ data: { name: string }[] }>("states", { params: { code: "NG" }, signal }), []);
    const countries = useLoad(
        (signal) => call<{ data: { code: string; name: string }[] }>("countries", { query: { african: true }, signal }),
        [],
    );
    const fields = nigeria ? [...personFields, "state"] : [...personFields, "country", "state"];
    const limit = (field: string) => ruleOf(formName, field).maxLength;

    const submit = form.submit(async (typed) => {
        const values: Record<string, string> = typed;
        checkForm(formName, values, fields);
        const body: Record<string, string> = {};
        for (const field of fields)
            body[field] = field === "password" ? values[field] : values[field].trim();
        try {
            await call(nigeria ? "registerTalent" : "registerTalentAfrica", { body, fields });
        } catch (error) {
            // "An account with this email already exists" belongs by the address.
            throw error instanceof ApiError && error.status === 409 ? error.about("email") : error;
        }
        awaitingCode.email = body.email.toLowerCase();
        awaitingCode.password = values.password;
        navigate(`/verify?email=${encodeURIComponent(awaitingCode.email)}&sent=1`);
    });

    const field = (name: keyof typeof form.values, label: string, extra: Record<string, unknown> = {}) => (
        <TextField label={label} name={name} value={form.values[name]} error={form.errors[name]} maxLength={limit(name)}
            required onValue={(v) => form.set(name, v)} {...extra} />
    );
    return (
        <section class="narrow">
            <h1>Create your account</h1>
            <p>Find work and training across Africa. We will mail you a code to confirm your address.</p>
            <form onSubmit={submit} noValidate>
                <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
                <fieldset class="options">
                    <legend>Where do you live?</legend>
                    <label><input type="radio" name="where" value="nigeria" checked={nigeria} onChange={() => form.set("where", "nigeria")} /> In Nigeria</label>
                    <label><input type="radio" name="where" value="africa" checked={!nigeria} onChange={() => form.set("where", "africa")} /> Elsewhere in Africa</label>
                </fieldset>
                {field("first_name", "First name", { autocomplete: "given-name" })}
                {field("last_name", "Last name", { autocomplete: "family-name" })}
                {field("email", "Email", { type: "email", autocomplete: "email" })}
                {field("phone_number", "Phone number", { type: "tel", autocomplete: "tel", hint: "With the country code, like +2348012345678" })}
                {field("password", "Password", {
                    type: "password", autocomplete: "new-password",
                    hint: `At least ${ruleOf(formName, "password").minLength ?? 8} characters`,
                })}
                {nigeria ? (
                    <Select label="State" name="state" required value={form.values.state} error={form.errors.state} onValue={(v) => form.set("state", v)}
                        options={[{ value: "", text: states.loading ? "Loading the states…" : "Choose your state" },
                                  ...(states.data?.data ?? []).map((s) => ({ value: s.name, text: s.name }))]} />
                ) : (
                    <>
                        <Select label="Country" name="country" required value={form.values.country} error={form.errors.country} onValue={(v) => form.set("country", v)}
                            options={[{ value: "", text: countries.loading ? "Loading the countries…" : "Choose your country" },
                                      ...(countries.data?.data ?? []).filter((c) => c.code !== "NG").map((c) => ({ value: c.code, text: c.name }))]} />
                        {field("state", "State, region or province", { autocomplete: "address-level1" })}
                    </>
                )}
                {(states.error || countries.error) && <Alert>{states.error || countries.error}</Alert>}
                <Button type="submit" busy={form.busy}>{form.busy ? "Creating your account…" : "Create account"}</Button>
            </form>
            <p>Already have an account? <a href="/login">Sign in</a></p>
        </section>
    );
}
