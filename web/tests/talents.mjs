// SPDX-License-Identifier: Apache-2.0
// Talents the tests make for themselves, so that no test depends on another's order.
let made = 0;
export function uniqueEmail(what) {
    return `${what}.${Date.now()}.${++made}@example.test`;
}

/** A different six-digit code than @p code. */
export function wrong(code) {
    return code.slice(0, 5) + String((Number(code[5]) + 1) % 10);
}

/** The newest mail to @p email, or null (the outbox may not exist yet). */
export function newestMail(context, email) {
    try {
        return context.newestMail(email);
    } catch {
        return null;
    }
}

/**
 * The code in the first mail to @p email newer than @p before: the server mails from its job
 * queue, a moment after answering.
 */
export async function codeMailed(context, email, before = null) {
    for (let i = 0; i < 150; ++i) {
        const mail = newestMail(context, email);
        if (mail && mail !== before)
            return context.mailedCode(email);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`expected: a new mail to ${email}`);
}

/** A verified talent made through the API, as another device would. */
export async function newTalent(context, what = "talent") {
    const who = { email: uniqueEmail(what), password: "Signed-up#2026", first_name: "Amaka", last_name: "Eze" };
    await context.api("POST", "/api/v1/onboarding/talents/nigeria", {
        body: { ...who, phone_number: "+2348031234567", state: "Lagos" },
    });
    await context.api("POST", "/api/v1/auth/verify-email", { body: { email: who.email, token: await codeMailed(context, who.email) } });
    return who;
}
