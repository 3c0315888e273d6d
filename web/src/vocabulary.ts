// SPDX-License-Identifier: Apache-2.0
// The words the desktop client uses, from common/: statuses, moves, reasons, choices and who may
// move a record where. Nothing here is typed by hand; unknown words read as words.
import vocabulary from "@vocabulary";

export type Viewer = "talent" | "company" | "staff";
export interface Choice {
    value: string;
    text: string;
}

const labels = vocabulary.labels;

/** "on_hold" → "on hold": a word a newer server sends that the vocabulary does not know. */
function plainWords(word: string): string {
    return word.replaceAll("_", " ");
}

export const operations = vocabulary.operations;
export const forms = vocabulary.forms;

export function statusLabel(status: string): string {
    return labels.status[status] ?? plainWords(status);
}

/** A button's word for moving a record to @p status ("Withdraw"). */
export function moveLabel(status: string, from?: string): string {
    if (status === "published" && from === "closed")
        return labels.reopen;
    return labels.move[status] ?? plainWords(status);
}

export function reasonLabel(reason: string): string {
    return labels.reason[reason] ?? plainWords(reason);
}

export function choices(field: string): Choice[] {
    return labels.choices[field] ?? [];
}

export function choiceLabel(field: string, value: string): string {
    return choices(field).find((choice) => choice.value === value)?.text ?? plainWords(value);
}

export function roleLabel(role: string): string {
    return labels.roles[role] ?? plainWords(role);
}

/** Where @p viewer may move a record of @p workflow that is @p status. */
export function moves(workflow: string, status: string, viewer: Viewer): string[] {
    const found = vocabulary.workflows[workflow];
    if (!found)
        return [];
    return found.moves[viewer].filter((move: { from: string }) => move.from === status).map((move: { to: string }) => move.to);
}

export function statuses(workflow: string): string[] {
    return vocabulary.workflows[workflow]?.statuses ?? [];
}

export { pay } from "./pay.js";

export const payExamples = vocabulary.payExamples;
