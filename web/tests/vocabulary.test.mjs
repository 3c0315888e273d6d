// SPDX-License-Identifier: Apache-2.0
// The portal and the desktop client say the same things: what the portal writes itself is held to
// the examples common/ exported beside the vocabulary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pay } from "../src/pay.js";
import { check } from "./support.mjs";

export async function payReadsAsInTheDesktopClient(context) {
    const vocabulary = JSON.parse(readFileSync(context.vocabularyFile, "utf8"));
    check(vocabulary.payExamples.length >= 4, "common/ exported its pay examples");
    for (const e of vocabulary.payExamples)
        check(pay(e.min, e.max, e.currency, e.period) === e.text, `pay(${e.min}, ${e.max}, ${e.currency}, ${e.period}) is "${e.text}" (got "${pay(e.min, e.max, e.currency, e.period)}")`);
}

export async function statusWordsComeFromCommon(context) {
    const vocabulary = JSON.parse(readFileSync(context.vocabularyFile, "utf8"));
    check(vocabulary.labels.status.shortlisted === "Shortlisted", "statuses carry the desktop client's labels");
    check(vocabulary.workflows.application.moves.talent.some((m) => m.to === "withdrawn"), "the talent's moves are exported");
    check(vocabulary.operations.applyToJob.method === "POST", "the operations are the desktop client's");
}

export async function languagesComeFromCommon(context) {
    const vocabulary = JSON.parse(readFileSync(context.vocabularyFile, "utf8"));
    const languages = vocabulary.labels.choices.language;
    check(languages?.[0]?.value === "en" && languages[0].text === "English", "English, the source, comes first");
    check(languages.some((l) => l.value === "fr" && l.text === "Français"), "each language is named as its speakers name it");
}
