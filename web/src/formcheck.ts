// SPDX-License-Identifier: Apache-2.0
// A form checked before it is sent, by the rules the server itself checks (common/'s forms, as the
// vocabulary exports them): the same limits and the same words, so a problem reads the same
// whether the browser or the server finds it.
import { ApiError } from "./api";
import { forms } from "./vocabulary";

interface Rule {
    type?: string;
    format?: string;
    minLength?: number;
    maxLength?: number;
    pattern?: string;
    "x-pattern-description"?: string;
    enum?: string[];
}

function looksLikeEmail(text: string): boolean {
    return text.length <= 254 && !text.startsWith(".") && !text.includes("..")
        && /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/.test(text);
}

/** What is wrong with @p value by @p rule, worded as the server words it, or "". */
export function problemWith(name: string, rule: Rule, value: string, required: boolean): string {
    // The server trims what it reads, except passwords, which it takes as typed.
    const text = name.endsWith("password") ? value : value.trim();
    if (text === "")
        return required ? `${name} should not be empty` : "";
    if (rule.enum && !rule.enum.includes(text))
        return `${name} must be one of the following values: ${rule.enum.join(", ")}`;
    if (rule.maxLength !== undefined && [...text].length > rule.maxLength)
        return `${name} must be shorter than or equal to ${rule.maxLength} characters`;
    if (rule.minLength !== undefined && [...text].length < rule.minLength)
        return `${name} must be longer than or equal to ${rule.minLength} characters`;
    if (rule.format === "email" && !looksLikeEmail(text))
        return `${name} must be an email`;
    if (rule.format === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(text))
        return `${name} must be a date (YYYY-MM-DD)`;
    if (rule.pattern && !new RegExp(`^(?:${rule.pattern})$`, "u").test(text))
        return `${name} must be ${rule["x-pattern-description"] ?? "in the expected form"}`;
    return "";
}

/**
 * Checks @p values (only the fields named in @p fields) by the exported form @p form; throws the
 * ApiError the server would answer, so useForm shows each problem next to its field.
 */
export function checkForm(form: string, values: Record<string, string>, fields: string[]): void {
    const schema = forms[form];
    if (!schema)
        throw new Error(`unknown form ${form}`);
    const required = new Set(schema.required ?? []);
    const problems: string[] = [];
    for (const name of fields) {
        const rule = schema.properties[name] as Rule | undefined;
        if (!rule)
            continue;
        const problem = problemWith(name, rule, values[name] ?? "", required.has(name));
        if (problem)
            problems.push(problem);
    }
    if (problems.length)
        throw new ApiError(400, problems, fields);
}

/** The rule of @p field in the exported form @p form (its limits, for the inputs' attributes). */
export function ruleOf(form: string, field: string): Rule {
    return (forms[form]?.properties[field] ?? {}) as Rule;
}
