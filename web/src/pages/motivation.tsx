// SPDX-License-Identifier: Apache-2.0
// Applying with a few words of motivation, for a training or an internship: what is written is
// kept in this tab per talent and offer until the server has the application, and the server's
// objection to it is shown under the box.
import { draftKey, useDraft } from "../draft";
import { Alert, Button, TextArea, useForm } from "../ui";

interface Props {
    /** What is applied for, e.g. `training.12`: the draft is kept under it. */
    offer: string;
    /** The button's words, and its accessible name. */
    action: string;
    /** The button's accessible name, when the page offers several. */
    label?: string;
    /** The box's label, when the page has several boxes. */
    question?: string;
    /** Sends the application; throws the server's refusal. */
    apply: (motivation: string) => Promise<unknown>;
}

export function MotivationForm({ offer, action, label, question, apply }: Props) {
    const [kept, keep, forget] = useDraft(draftKey(`motivation.${offer}`));
    const form = useForm({ motivation: kept });
    const submit = form.submit(async () => {
        await apply(kept.trim());
        forget();
        keep("");
    });
    return (
        <form class="apply-motivation" onSubmit={submit} noValidate>
            <Alert>{form.general.map((m) => <p key={m}>{m}</p>)}</Alert>
            <TextArea label={question ?? "Why do you want to take part? (optional)"} value={kept} error={form.errors.motivation}
                maxLength={5000} rows={4} onValue={(v) => { keep(v); form.set("motivation", v); }} />
            <Button type="submit" busy={form.busy} aria-label={label}>{form.busy ? "Applying…" : action}</Button>
        </form>
    );
}
