// SPDX-License-Identifier: Apache-2.0
// What a person is writing, kept in the browser until it is sent, so that a reload or a slip of
// the finger loses nothing: in this tab's sessionStorage, or, for work that takes longer than a
// visit (a coding challenge's code), in localStorage, where every tab and the next visit find it.
import { useEffect, useState } from "preact/hooks";
import { session } from "./session";

function storage(lasting: boolean): Storage | null {
    try {
        return lasting ? localStorage : sessionStorage;
    } catch {
        return null; // a browser that keeps nothing still lets the person write
    }
}

function read(key: string, lasting: boolean): string | null {
    try {
        return storage(lasting)?.getItem(key) ?? null;
    } catch {
        return null;
    }
}

/** The key of the draft @p name for whoever is signed in: one person's drafts are not another's. */
export function draftKey(name: string): string {
    return `wn.draft.${session.get()?.user.id ?? 0}.${name}`;
}

/** A text kept under @p key while it is written; `clear()` once the server has it. A @p lasting
 *  draft outlives the tab and is shared by the person's tabs in this browser. */
export function useDraft(key: string, initial = "", lasting = false): [string, (value: string) => void, () => void] {
    const [value, setValue] = useState(() => read(key, lasting) ?? initial);
    useEffect(() => setValue(read(key, lasting) ?? initial), [key]);
    const set = (next: string) => {
        setValue(next);
        try {
            if (next)
                storage(lasting)?.setItem(key, next);
            else
                storage(lasting)?.removeItem(key);
        } catch {
            // A browser that keeps nothing (or is full) still lets the person write.
        }
    };
    const clear = () => {
        try {
            storage(lasting)?.removeItem(key);
        } catch {
            // nothing kept
        }
    };
    return [value, set, clear];
}
