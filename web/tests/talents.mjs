// SPDX-License-Identifier: Apache-2.0
// A talent of the test's own, signed up and verified through the API as the portal's sign-up
// does, so that a test depends on no other test's leftovers.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { check } from "./support.mjs";

let made = 0;

/** The first match of @p pattern in the newest mail to @p email that has one, whatever transfer
 *  encoding the mail's body used. */
export async function fromMail(context, email, pattern) {
    // The server sends mail after it answers: give it a moment.
    for (let tries = 0; tries < 50; ++tries) {
        const found = newestMatch(context, email, pattern);
        if (found)
            return found;
        await new Promise((r) => setTimeout(r, 100));
    }
    check(false, `a mail to ${email} with ${pattern}`);
}

function newestMatch(context, email, pattern) {
    const folder = join(context.data, "outbox");
    for (const name of readdirSync(folder).sort().reverse()) {
        const mail = readFileSync(join(folder, name), "utf8");
        const [head, ...rest] = mail.split(/\r?\n\r?\n/);
        if (!new RegExp(`^To:.*${email.replace(/[.+]/g, "\\$&")}`, "mi").test(head))
            continue;
        let body = rest.join("\n\n");
        if (/^Content-Transfer-Encoding:\s*base64/mi.test(head))
            body = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
        else
            body = body.replace(/=\r?\n/g, "");
        const found = body.match(pattern);
        if (found)
            return found[1];
    }
    return null;
}

export async function newTalent(context, firstName = "Kemi") {
    made += 1;
    const who = {
        email: `${firstName.toLowerCase()}.${Date.now()}.${made}@example.test`,
        password: "Portal#2026pass",
    };
    await context.api("POST", "/api/v1/onboarding/talents/nigeria", {
        body: { first_name: firstName, last_name: "Adeyemi", email: who.email, password: who.password, phone_number: "+2348030000000", state: "Lagos" },
    });
    await context.api("POST", "/api/v1/auth/verify-email", { body: { email: who.email, token: await fromMail(context, who.email, /\b(\d{6})\b/) } });
    return who;
}

/** A mentor of the demo employer's, invited and accepted, assigned to @p internshipId. */
export async function mentorOf(context, employerToken, internshipId) {
    made += 1;
    const email = `mentor.${Date.now()}.${made}@example.test`;
    const mentor = await context.api("POST", "/api/v1/internship-mentors", {
        token: employerToken,
        body: { email, first_name: "Ngozi", last_name: "Eze", expertise: "Data and dashboards" },
    });
    const token = await fromMail(context, email, /token=([0-9]+\.[A-Za-z0-9_-]+)/);
    const accepted = await context.api("POST", "/api/v1/auth/accept-invite", { body: { token, password: "Mentor#2026pass" } });
    await context.api("POST", `/api/v1/internships/${internshipId}/mentors`, { token: employerToken, body: { mentor_id: mentor.id } });
    return accepted.access_token;
}
