// SPDX-License-Identifier: Apache-2.0
// Talents (and mentors) the tests make for themselves through the API, as another device would,
// so that no test depends on another's order or leftovers.
import { readFileSync } from "node:fs";

let made = 0;

/** The words a talent reads, from the vocabulary the build exported: labels.status.applied… */
export function words(context) {
    return JSON.parse(readFileSync(context.vocabularyFile, "utf8")).labels;
}

export function uniqueEmail(what) {
    return `${what.toLowerCase()}.${Date.now()}.${++made}@example.test`;
}

/** A different six-digit code than @p code. */
export function wrong(code) {
    return code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
}

/** The newest mail to @p email, decoded, or null (the outbox may not exist yet). */
export function newestMail(context, email) {
    try {
        return context.newestMail(email);
    } catch {
        return null;
    }
}

/**
 * The first group of @p pattern in the text of the first mail to @p email newer than @p before:
 * the server mails from its job queue, a moment after answering.
 */
export async function mailed(context, email, pattern, before = null) {
    for (let i = 0; i < 150; ++i) {
        const mail = newestMail(context, email);
        if (mail && mail !== before) {
            const found = mail.slice(mail.search(/\n\n/)).match(pattern);
            if (found)
                return found[1];
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`expected: a new mail to ${email} with ${pattern}`);
}

/** The six-digit code in the first mail to @p email newer than @p before. */
export function codeMailed(context, email, before = null) {
    return mailed(context, email, /\b(\d{6})\b/, before);
}

/** A verified talent in Lagos, called @p name. */
export async function newTalent(context, name = "Amaka") {
    const who = {
        email: uniqueEmail(name),
        password: "Signed-up#2026",
        first_name: name[0].toUpperCase() + name.slice(1),
        last_name: "Eze",
    };
    await context.api("POST", "/api/v1/onboarding/talents/nigeria", {
        body: { ...who, phone_number: "+2348031234567", state: "Lagos" },
    });
    await context.api("POST", "/api/v1/auth/verify-email", { body: { email: who.email, token: await codeMailed(context, who.email) } });
    return who;
}

/** A mentor of the demo employer's, invited and accepted, assigned to @p internshipId. */
export async function mentorOf(context, employerToken, internshipId) {
    const email = uniqueEmail("mentor");
    const mentor = await context.api("POST", "/api/v1/internship-mentors", {
        token: employerToken,
        body: { email, first_name: "Ngozi", last_name: "Eze", expertise: "Data and dashboards" },
    });
    const token = await mailed(context, email, /token=([0-9]+\.[A-Za-z0-9_-]+)/);
    const accepted = await context.api("POST", "/api/v1/auth/accept-invite", { body: { token, password: "Mentor#2026pass" } });
    await context.api("POST", `/api/v1/internships/${internshipId}/mentors`, { token: employerToken, body: { mentor_id: mentor.id } });
    return accepted.access_token;
}
