// SPDX-License-Identifier: Apache-2.0
// Who is signed in: the access token and the user the server answered at sign-in, kept in this
// browser until sign-out or until the server refuses the token.
import { signal } from "./signal";

export interface User {
    id: number;
    email: string;
    first_name: string;
    last_name: string;
    role: string;
    avatar_url: string | null;
    email_verified: boolean;
    wn_id?: string;
}

export interface Session {
    token: string;
    user: User;
}

const key = "wn.session";

function stored(): Session | null {
    try {
        const text = localStorage.getItem(key);
        return text ? (JSON.parse(text) as Session) : null;
    } catch {
        return null;
    }
}

export const session = signal<Session | null>(stored());

export function signIn(next: Session): void {
    localStorage.setItem(key, JSON.stringify(next));
    session.set(next);
}

export function updateUser(user: User): void {
    const current = session.get();
    if (current)
        signIn({ ...current, user });
}

export function signOut(): void {
    localStorage.removeItem(key);
    session.set(null);
}

/**
 * The address and password of someone who still has to verify their address (just signed up, or
 * refused sign-in for it), kept in this page's memory only, never stored, so that entering the
 * mailed code can sign them in without asking for them again.
 */
export const awaitingCode: { email: string; password: string } = { email: "", password: "" };
