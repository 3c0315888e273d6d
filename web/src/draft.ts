// SPDX-License-Identifier: Apache-2.0
// What a person is writing, kept in this tab's sessionStorage until it is sent, so that a reload
// or a slip of the finger loses nothing.
import { useEffect, useState } from "preact/hooks";
import { session } from "./session";

function read(key: string): string | null {
    try {
        return sessionStorage.getItem(key);
    } catch {
        return null;
    }
}

/** The key of the draft @p name for whoever is signed in: one person's drafts are not another's. */
export function draftKey(name: string): string {
    return `wn.draft.${session.get()?.user.id ?? 0}.${name}`;
}

/** A text kept under @p key while it is written; `clear()` once the server has it. */
export function useDraft(key: string, initial = ""): [string, (value: string) => void, () => void] {
    const [value, setValue] = useState(() => read(key) ?? initial);
    useEffect(() => setValue(read(key) ?? initial), [key]);
    const set = (next: string) => {
        setValue(next);
        try {
            if (next)
                sessionStorage.setItem(key, next);
            else
                sessionStorage.removeItem(key);
        } catch {
            // A browser that keeps nothing still lets the person write.
        }
    };
    const clear = () => {
        try {
            sessionStorage.removeItem(key);
        } catch {
            // nothing kept
        }
    };
    return [value, set, clear];
}
