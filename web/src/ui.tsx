// SPDX-License-Identifier: Apache-2.0
// The pieces every page is made of: labelled fields that show the server's message next to
// themselves, buttons that say when they are busy, alerts, pagers, and the form state behind them.
import type { ButtonHTMLAttributes, ComponentChildren, InputHTMLAttributes, JSX, TextareaHTMLAttributes } from "preact";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { ApiError } from "./api";
import { statusLabel } from "./vocabulary";

export function Alert({ kind = "error", children }: { kind?: "error" | "info" | "success"; children: ComponentChildren }) {
    if (!children || (Array.isArray(children) && children.length === 0))
        return null;
    return (
        <div class={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
            {children}
        </div>
    );
}

interface FieldProps {
    label: string;
    error?: string;
    hint?: string;
    children: (props: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string }) => JSX.Element;
}

/** A label, the control, a hint and the problem with it, tied together for screen readers. */
export function Field({ label, error, hint, children }: FieldProps) {
    const id = useId();
    const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
    return (
        <div class={`field${error ? " field-invalid" : ""}`}>
            <label for={id}>{label}</label>
            {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": described || undefined })}
            {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
            {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
        </div>
    );
}

interface InputProps {
    label: string;
    value: string;
    error?: string;
    hint?: string;
    onValue: (value: string) => void;
    type?: "text" | "email" | "password" | "search" | "tel" | "number" | "date" | "month" | "url";
    name?: string;
    autocomplete?: string;
    required?: boolean;
    placeholder?: string;
    inputMode?: "text" | "numeric" | "email" | "tel" | "search" | "url";
    maxLength?: number;
    disabled?: boolean;
    autoFocus?: boolean;
}

export function TextField({ label, value, error, hint, onValue, type = "text", ...rest }: InputProps) {
    return (
        <Field label={label} error={error} hint={hint}>
            {(ids) => {
                // Preact's types tie each input type to its own attributes; this one takes any.
                const attributes = { ...rest, ...ids, type, value } as unknown as InputHTMLAttributes;
                return <input {...attributes} onInput={(e) => onValue(e.currentTarget.value)} />;
            }}
        </Field>
    );
}

type AreaProps = Omit<TextareaHTMLAttributes, "label" | "value" | "onInput"> & {
    label: string;
    value: string;
    error?: string;
    hint?: string;
    onValue: (value: string) => void;
};

export function TextArea({ label, value, error, hint, onValue, ...rest }: AreaProps) {
    return (
        <Field label={label} error={error} hint={hint}>
            {(ids) => <textarea {...rest} {...ids} value={value} onInput={(e) => onValue(e.currentTarget.value)} />}
        </Field>
    );
}

interface SelectProps {
    label: string;
    value: string;
    options: { value: string; text: string }[];
    error?: string;
    hint?: string;
    required?: boolean;
    name?: string;
    onValue: (value: string) => void;
}

export function Select({ label, value, options, error, hint, onValue, ...rest }: SelectProps) {
    return (
        <Field label={label} error={error} hint={hint}>
            {(ids) => (
                <select {...rest} {...ids} value={value} onChange={(e) => onValue(e.currentTarget.value)}>
                    {options.map((option) => (
                        <option key={option.value} value={option.value}>{option.text}</option>
                    ))}
                </select>
            )}
        </Field>
    );
}

export function Button({ busy, children, kind = "primary", ...rest }: ButtonHTMLAttributes & { busy?: boolean; kind?: "primary" | "secondary" | "danger" | "link" }) {
    return (
        <button {...rest} class={`button button-${kind}`} disabled={busy || rest.disabled} aria-busy={busy || undefined}>
            {children}
        </button>
    );
}

/** The outcome of a press, taking the keyboard's focus so that it is read out where it shows. */
export function Told({ text, kind }: { text: string; kind: "error" | "success" }) {
    const box = useRef<HTMLDivElement>(null);
    useEffect(() => {
        if (text)
            box.current?.focus();
    }, [text]);
    if (!text)
        return null;
    return (
        <div ref={box} class={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"} tabIndex={-1}>
            <p>{text}</p>
        </div>
    );
}

export function StatusBadge({ status }: { status: string }) {
    return <span class={`badge badge-${status}`}>{statusLabel(status)}</span>;
}

/** What a page shows when what it names cannot be loaded: the problem, the server's word, a way back. */
export function Missing({ title, error, back, backText }: { title: string; error: string; back: string; backText: string }) {
    return (
        <section>
            <h1>{title}</h1>
            <Alert>{error}</Alert>
            <p><a href={back}>{backText}</a></p>
        </section>
    );
}

export function Loading({ what = "Loading…" }: { what?: string }) {
    return <p class="loading" role="status">{what}</p>;
}

/** What a list's load has to say before its rows: its problem, that it is loading, or that it is empty. */
export function ListState({ load, loading, empty }: {
    load: { data: { data: unknown[] } | null; error: string; loading: boolean; reload: () => void };
    loading: string;
    empty: string;
}) {
    if (load.error) {
        return (
            <Alert>
                <p>{load.error}</p>
                <Button kind="secondary" onClick={load.reload}>Try again</Button>
            </Alert>
        );
    }
    if (load.loading && !load.data)
        return <Loading what={loading} />;
    if (load.data && load.data.data.length === 0)
        return <p>{empty}</p>;
    return null;
}

export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
    if (pages <= 1)
        return null;
    return (
        <nav class="pager" aria-label="Pages">
            <Button kind="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>Previous</Button>
            <span>Page {page} of {pages}</span>
            <Button kind="secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>Next</Button>
        </nav>
    );
}

/** Sets the window's title to @p title · Worknation while the page shows. */
export function useTitle(title: string): void {
    useEffect(() => {
        document.title = title ? `${title} · Worknation` : "Worknation";
    }, [title]);
}

export interface FormState<T extends Record<string, any>> {
    values: T;
    set: <K extends keyof T>(field: K, value: T[K]) => void;
    errors: Record<string, string>;
    general: string[];
    busy: boolean;
    /** Runs @p action; its ApiError's messages go to their fields, the rest above the form. */
    submit: (action: (values: T) => Promise<void>) => (event?: Event) => Promise<void>;
    setErrors: (errors: Record<string, string>, general?: string[]) => void;
}

export function useForm<T extends Record<string, any>>(initial: T): FormState<T> {
    const [values, setValues] = useState(initial);
    const [errors, setErrorMap] = useState<Record<string, string>>({});
    const [general, setGeneral] = useState<string[]>([]);
    const [busy, setBusy] = useState(false);
    const current = useRef(values);
    current.current = values;
    return {
        values,
        set(field, value) {
            setValues((old) => ({ ...old, [field]: value }));
            setErrorMap((old) => (old[field as string] ? { ...old, [field as string]: "" } : old));
        },
        errors,
        general,
        busy,
        setErrors(next, rest = []) {
            setErrorMap(next);
            setGeneral(rest);
        },
        submit: (action) => async (event) => {
            event?.preventDefault();
            if (busy)
                return;
            setBusy(true);
            setErrorMap({});
            setGeneral([]);
            try {
                await action(current.current);
            } catch (error) {
                if (error instanceof ApiError) {
                    setErrorMap(error.fields);
                    setGeneral(error.general);
                    // Take the reader to the first field with a problem.
                    requestAnimationFrame(() => (document.querySelector("[aria-invalid=true]") as HTMLElement | null)?.focus());
                } else {
                    setGeneral([(error as Error).message]);
                }
            } finally {
                setBusy(false);
            }
        },
    };
}

/** Loads @p load when @p deps change; the latest answer wins. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): { data: T | null; error: string; loading: boolean; reload: () => void } {
    const [state, setState] = useState<{ data: T | null; error: string; loading: boolean }>({ data: null, error: "", loading: true });
    const [round, setRound] = useState(0);
    useEffect(() => {
        const controller = new AbortController();
        setState((old) => ({ ...old, loading: true, error: "" }));
        load(controller.signal).then(
            (data) => !controller.signal.aborted && setState({ data, error: "", loading: false }),
            (error) => !controller.signal.aborted && setState({ data: null, error: (error as Error).message, loading: false }),
        );
        return () => controller.abort();
    }, [...deps, round]);
    return { ...state, reload: () => setRound((n) => n + 1) };
}

/** What went wrong loading @p load, with a way to try again; nothing when all is well. */
export function LoadError({ load }: { load: { error: string; reload: () => void } }) {
    if (!load.error)
        return null;
    return (
        <Alert>
            <p>{load.error}</p>
            <Button kind="secondary" onClick={load.reload}>Try again</Button>
        </Alert>
    );
}

export function formatDate(iso: string | null | undefined): string {
    if (!iso)
        return "";
    return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}
