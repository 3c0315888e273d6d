// SPDX-License-Identifier: Apache-2.0
// Calls the server by the operation names the desktop client uses (common/operations.cpp), so the
// two ask the same routes. A refusal becomes an ApiError whose field messages the forms show next
// to their fields.
import { navigate } from "./router";
import { session, signOut } from "./session";
import { operations } from "./vocabulary";

export class ApiError extends Error {
    readonly status: number;
    /** The server's messages by the field they begin with ("email must be an email"). */
    readonly fields: Record<string, string>;
    /** The messages that name no field. */
    readonly general: string[];

    constructor(status: number, messages: string[], fieldNames: string[] = []) {
        super(messages.join("\n"));
        this.status = status;
        this.fields = {};
        this.general = [];
        for (const message of messages) {
            const field = fieldNames.find((name) => message === name || message.startsWith(name + " "));
            if (field && !this.fields[field])
                this.fields[field] = message;
            else
                this.general.push(message);
        }
    }

    /**
     * This refusal with its messages that name no field shown at @p field instead: the server's
     * "The code is invalid" belongs beside the code that was typed.
     */
    about(field: string): ApiError {
        if (this.general.length === 0 || this.fields[field] || this.status === 0)
            return this;
        const moved = new ApiError(this.status, [], []);
        Object.assign(moved.fields, this.fields, { [field]: this.general.join(" ") });
        return moved;
    }
}

export interface CallOptions {
    params?: Record<string, string | number>;
    query?: Record<string, string | number | boolean | null | undefined>;
    body?: unknown;
    /** A file or bytes sent as they are, with their own type. */
    raw?: Blob;
    /** The form's field names, so that the server's messages land next to them. */
    fields?: string[];
    signal?: AbortSignal;
}

/** The path of operation @p name with its {parameters} filled in ({me}: the signed-in user). */
export function pathOf(name: string, params: Record<string, string | number> = {}): { method: string; path: string } {
    const operation = operations[name];
    if (!operation)
        throw new Error(`unknown operation ${name}`);
    const path = operation.path.replace(/\{(\w+)\}/g, (_: string, param: string) => {
        const value = param === "me" && params.me === undefined ? session.get()?.user.id : params[param];
        if (value === undefined)
            throw new Error(`operation ${name} needs ${param}`);
        return encodeURIComponent(String(value));
    });
    return { method: operation.method, path };
}

export async function call<T = any>(name: string, options: CallOptions = {}): Promise<T> {
    const { method, path } = pathOf(name, options.params);
    const url = new URL(path, location.origin);
    // Spaces go as %20: the server reads a "+" in a query as a plus sign, not as a space.
    url.search = Object.entries(options.query ?? {})
        .filter(([, value]) => value !== undefined && value !== null && value !== "")
        .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
        .join("&");
    const headers: Record<string, string> = {};
    const token = session.get()?.token;
    if (token)
        headers.Authorization = `Bearer ${token}`;
    let body: BodyInit | undefined;
    if (options.raw) {
        body = options.raw;
        headers["Content-Type"] = options.raw.type || "application/octet-stream";
    } else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers["Content-Type"] = "application/json";
    }
    let response: Response;
    try {
        response = await fetch(url, { method, headers, body, signal: options.signal });
    } catch (error) {
        if ((error as Error).name === "AbortError")
            throw error;
        throw new ApiError(0, ["The server cannot be reached. Check your connection and try again."]);
    }
    const text = await response.text();
    let json: any = null;
    try {
        json = text ? JSON.parse(text) : null;
    } catch {
        json = null;
    }
    if (!response.ok) {
        if (response.status === 401 && token) {
            // The session ended (signed out elsewhere, or expired): sign in again and come back.
            signOut();
            navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
        }
        const message = json?.message ?? response.statusText;
        throw new ApiError(response.status, Array.isArray(message) ? message : [String(message)], options.fields);
    }
    return json as T;
}

export interface Page<T> {
    data: T[];
    meta: { page: number; limit: number; total: number; pages: number };
}
