// SPDX-License-Identifier: Apache-2.0
// Withdrawing an application, offered only where the shared workflow lets the talent do it, and
// only after the talent confirms.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { ApiError } from "../api";
import { Alert, Button } from "../ui";
import { moveLabel, moves } from "../vocabulary";

interface Props {
    /** "application" or "training_application". */
    workflow: string;
    status: string;
    /** What is withdrawn from, in the question: "the Data analyst job". */
    what: string;
    onWithdraw: () => Promise<void>;
}

export function Withdraw({ workflow, status, what, onWithdraw }: Props) {
    const [asking, setAsking] = useState(false);
    const [busy, setBusy] = useState(false);
    const [problem, setProblem] = useState("");
    const question = useId();
    const keep = useRef<HTMLButtonElement>(null);
    const start = useRef<HTMLButtonElement>(null);
    const wasAsking = useRef(false);
    useEffect(() => {
        // The question takes the focus, on its safe answer; cancelling gives it back.
        if (asking)
            keep.current?.focus();
        else if (wasAsking.current)
            start.current?.focus();
        wasAsking.current = asking;
    }, [asking]);
    if (!moves(workflow, status, "talent").includes("withdrawn"))
        return null;
    const label = moveLabel("withdrawn");
    const confirm = async () => {
        setBusy(true);
        setProblem("");
        try {
            await onWithdraw();
            wasAsking.current = false;
            setAsking(false);
        } catch (error) {
            setProblem(error instanceof ApiError ? error.message : (error as Error).message);
        } finally {
            setBusy(false);
        }
    };
    if (!asking)
        return (
            <div class="actions">
                <button ref={start} type="button" class="button button-secondary" onClick={() => setAsking(true)}>{label}</button>
            </div>
        );
    return (
        <div class="confirm" role="group" aria-labelledby={question}>
            <p id={question}><strong>{label} from {what}?</strong> The company will no longer consider your application.</p>
            <Alert>{problem}</Alert>
            <div class="actions">
                <Button kind="danger" busy={busy} onClick={confirm}>{busy ? "Withdrawing…" : `Yes, ${label.toLowerCase()}`}</Button>
                <button ref={keep} type="button" class="button button-secondary" onClick={() => setAsking(false)} disabled={busy}>Keep it</button>
            </div>
        </div>
    );
}
