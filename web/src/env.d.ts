// SPDX-License-Identifier: Apache-2.0
// The shape of the vocabulary CMake exports from common/ (web/export/vocabulary.cpp).
declare module "@vocabulary" {
    interface Move {
        from: string;
        to: string;
    }
    interface Workflow {
        statuses: string[];
        reasons: string[];
        refusal: string;
        moves: { talent: Move[]; company: Move[]; staff: Move[] };
    }
    interface Choice {
        value: string;
        text: string;
    }
    const vocabulary: {
        operations: Record<string, { method: string; path: string }>;
        workflows: Record<string, Workflow>;
        labels: {
            status: Record<string, string>;
            move: Record<string, string>;
            reopen: string;
            reason: Record<string, string>;
            choices: Record<string, Choice[]>;
            roles: Record<string, string>;
        };
        forms: Record<string, { type: string; required?: string[]; properties: Record<string, any> }>;
        payExamples: { min: number; max: number; currency: string; period: string; text: string }[];
    };
    export default vocabulary;
}

declare module "*.css";
