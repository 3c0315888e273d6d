-- SPDX-License-Identifier: Apache-2.0
-- Assessments: one engine for every psychometric test and question bank. An instrument has
-- categories (domains, and facets under them), questions of a type with their keys, and for
-- comprehension reading passages; a talent's attempt holds its drawn questions and its answers,
-- and a submitted attempt has one result with a score per category.

CREATE TABLE assessment_roles (
    id {{id}},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    description TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE assessment_skills (
    id {{id}},
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    description TEXT,
    role_id BIGINT REFERENCES assessment_roles (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE assessment_instruments (
    id {{id}},
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    title_key TEXT NOT NULL,
    description TEXT,
    -- NULL: no limit. The server refuses answers after started_at + this.
    time_limit_seconds INTEGER,
    -- How many active questions an attempt draws; NULL: all of them.
    question_count INTEGER,
    -- NULL: taken once; 0: any time; N: N days after the last submission.
    retake_days INTEGER,
    company_id BIGINT REFERENCES companies (id),
    role_id BIGINT REFERENCES assessment_roles (id),
    skill_id BIGINT REFERENCES assessment_skills (id),
    created_by BIGINT REFERENCES users (id),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX assessment_instruments_title ON assessment_instruments (title_key);
CREATE INDEX assessment_instruments_company ON assessment_instruments (company_id);

CREATE TABLE assessment_categories (
    id {{id}},
    instrument_id BIGINT NOT NULL REFERENCES assessment_instruments (id),
    parent_id BIGINT REFERENCES assessment_categories (id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    low_text TEXT,
    mid_text TEXT,
    high_text TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (instrument_id, code)
);

CREATE TABLE assessment_passages (
    id {{id}},
    instrument_id BIGINT NOT NULL REFERENCES assessment_instruments (id),
    seed_key TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL,
    UNIQUE (instrument_id, seed_key)
);

CREATE TABLE assessment_questions (
    id {{id}},
    instrument_id BIGINT NOT NULL REFERENCES assessment_instruments (id),
    category_id BIGINT REFERENCES assessment_categories (id),
    passage_id BIGINT REFERENCES assessment_passages (id),
    seed_key TEXT,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    reverse_keyed BOOLEAN NOT NULL DEFAULT FALSE,
    -- JSON: [{"key", "text", "correct", "weight"}]
    options TEXT NOT NULL DEFAULT '[]',
    -- Two items with the same pair code say nearly the same thing (the inconsistency index).
    pair_code TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (instrument_id, seed_key)
);
CREATE INDEX assessment_questions_instrument ON assessment_questions (instrument_id, active);
CREATE INDEX assessment_questions_passage ON assessment_questions (passage_id);

CREATE TABLE assessment_attempts (
    id {{id}},
    instrument_id BIGINT NOT NULL REFERENCES assessment_instruments (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    -- JSON: the drawn question ids, in the order they are shown.
    question_ids TEXT NOT NULL,
    passage_id BIGINT REFERENCES assessment_passages (id),
    started_at TEXT NOT NULL,
    deadline_at TEXT,
    reading_done_at TEXT,
    submitted_at TEXT
);
-- One open attempt per talent and instrument, whatever races to start one.
CREATE UNIQUE INDEX assessment_attempts_open ON assessment_attempts (user_id, instrument_id) WHERE status = 'in_progress';
CREATE INDEX assessment_attempts_user ON assessment_attempts (user_id, instrument_id, submitted_at);

CREATE TABLE assessment_answers (
    attempt_id BIGINT NOT NULL REFERENCES assessment_attempts (id),
    question_id BIGINT NOT NULL REFERENCES assessment_questions (id),
    -- JSON: a rating, a choice, a list of choices or a text.
    answer TEXT NOT NULL,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);

CREATE TABLE assessment_results (
    id {{id}},
    attempt_id BIGINT NOT NULL UNIQUE REFERENCES assessment_attempts (id),
    instrument_id BIGINT NOT NULL REFERENCES assessment_instruments (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    percent DOUBLE PRECISION,
    -- The talent's newest result of this instrument: the one percentiles and rankings count.
    latest BOOLEAN NOT NULL DEFAULT TRUE,
    -- JSON: the scored result as shown (totals, categories, inconsistency, reading).
    details TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX assessment_results_instrument ON assessment_results (instrument_id, latest, created_at);
CREATE INDEX assessment_results_user ON assessment_results (user_id, instrument_id);

CREATE TABLE assessment_scores (
    result_id BIGINT NOT NULL REFERENCES assessment_results (id),
    category_id BIGINT NOT NULL REFERENCES assessment_categories (id),
    raw DOUBLE PRECISION NOT NULL,
    mean DOUBLE PRECISION NOT NULL,
    percent DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (result_id, category_id)
);
CREATE INDEX assessment_scores_category ON assessment_scores (category_id, percent);

-- A company's target profile on an instrument: the mean (1-5) it looks for per category.
CREATE TABLE assessment_targets (
    company_id BIGINT NOT NULL REFERENCES companies (id),
    category_id BIGINT NOT NULL REFERENCES assessment_categories (id),
    target DOUBLE PRECISION NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (company_id, category_id)
);
