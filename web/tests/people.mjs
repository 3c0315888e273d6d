// SPDX-License-Identifier: Apache-2.0
// A talent of a test's own, signed up and verified through the API as the portal would, so that
// tests do not depend on one another's order or on the demo talent's applications; and the words
// that talent reads for statuses and moves, from the vocabulary the build exported.
import { readFileSync } from "node:fs";

let count = 0;

/** The vocabulary's labels: labels.status.applied, labels.move.withdrawn… */
export function words(context) {
    return JSON.parse(readFileSync(context.vocabularyFile, "utf8")).labels;
}

export async function newTalent(context, firstName = "Ngozi") {
    count += 1;
    const email = `${firstName.toLowerCase()}.${Date.now()}.${count}@example.test`;
    const password = "Portal#2026";
    await context.api("POST", "/api/v1/onboarding/talents/nigeria", {
        body: { first_name: firstName, last_name: "Okafor", email, password, phone_number: `+23480${String((Date.now() * 10 + count) % 1e8).padStart(8, "0")}`, state: "Lagos" },
    });
    // The mail leaves through the server's queue: wait for it.
    for (let tries = 0; !context.newestMail(email); ++tries) {
        if (tries === 100)
            throw new Error(`no mail to ${email} within 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await context.api("POST", "/api/v1/auth/verify-email", { body: { email, token: context.mailedCode(email) } });
    return { email, password };
}
