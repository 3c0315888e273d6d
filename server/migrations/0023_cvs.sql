-- SPDX-License-Identifier: Apache-2.0
-- Talents' CVs: documents built from the profile and edited on their own, or files uploaded as
-- they are; and the PDFs the server rendered from them.

CREATE TABLE cvs (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    template TEXT NOT NULL,
    -- 'builder' (a document edited here) or 'upload' (a PDF or Word file kept as it came).
    source TEXT NOT NULL,
    -- JSON: basics and sections in their order; an uploaded CV's is empty.
    document TEXT NOT NULL,
    file_key TEXT,
    file_type TEXT,
    -- The CV's words as plain text, for the candidate search: a document's fields, or the text
    -- extracted from an uploaded file.
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cvs_user ON cvs (user_id, id);

CREATE TABLE generated_cvs (
    id {{id}},
    cv_id BIGINT NOT NULL REFERENCES cvs (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    file_key TEXT NOT NULL,
    title TEXT NOT NULL,
    template TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX generated_cvs_user ON generated_cvs (user_id, id);
CREATE INDEX generated_cvs_cv ON generated_cvs (cv_id);
