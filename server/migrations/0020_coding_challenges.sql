-- SPDX-License-Identifier: Apache-2.0
-- Coding challenges: the languages code runs in, a company's challenges with their test cases,
-- the invitations sent for them, and each submission with its result per case.

-- A language is a row admins can add to. The commands are argv lists (JSON arrays) run in the
-- sandbox's /box, with {memory_mb} replaced by the run's memory limit.
CREATE TABLE code_languages (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    version TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    compile_command TEXT NOT NULL DEFAULT '[]',
    run_command TEXT NOT NULL,
    version_command TEXT NOT NULL DEFAULT '[]',
    read_only_paths TEXT NOT NULL DEFAULT '[]',
    extra_address_space_mb INTEGER NOT NULL DEFAULT 0,
    template TEXT NOT NULL DEFAULT '',
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE coding_challenges (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    difficulty TEXT NOT NULL,
    language_ids TEXT NOT NULL DEFAULT '[]',
    cpu_time_ms INTEGER NOT NULL,
    wall_time_ms INTEGER NOT NULL,
    memory_kb INTEGER NOT NULL,
    stack_kb INTEGER NOT NULL,
    max_processes INTEGER NOT NULL,
    max_file_kb INTEGER NOT NULL,
    stop_on_first_failure BOOLEAN NOT NULL DEFAULT FALSE,
    closes_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX coding_challenges_company ON coding_challenges (company_id, created_at);

CREATE TABLE coding_test_cases (
    id {{id}},
    challenge_id BIGINT NOT NULL REFERENCES coding_challenges (id),
    position INTEGER NOT NULL,
    input TEXT NOT NULL,
    expected_output TEXT NOT NULL,
    is_sample BOOLEAN NOT NULL,
    weight INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT
);
CREATE INDEX coding_test_cases_challenge ON coding_test_cases (challenge_id, position);

CREATE TABLE coding_invitations (
    id {{id}},
    challenge_id BIGINT NOT NULL REFERENCES coding_challenges (id),
    email TEXT NOT NULL,
    invited_by BIGINT NOT NULL REFERENCES users (id),
    expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX coding_invitations_challenge ON coding_invitations (challenge_id, email);

-- A run (sample cases, nothing kept as a result) or a submission (every case, scored). The
-- queued ones are the queue: the workers claim the oldest, and a restart finds them again.
CREATE TABLE coding_submissions (
    id {{id}},
    challenge_id BIGINT NOT NULL REFERENCES coding_challenges (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    language_id BIGINT NOT NULL REFERENCES code_languages (id),
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    compile_output TEXT,
    message TEXT,
    score INTEGER NOT NULL DEFAULT 0,
    max_score INTEGER NOT NULL DEFAULT 0,
    passed_cases INTEGER NOT NULL DEFAULT 0,
    total_cases INTEGER NOT NULL DEFAULT 0,
    cpu_time_ms INTEGER,
    wall_time_ms INTEGER,
    memory_kb INTEGER,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT
);
CREATE INDEX coding_submissions_queue ON coding_submissions (status, id);
CREATE INDEX coding_submissions_challenge_user ON coding_submissions (challenge_id, user_id, kind);
CREATE INDEX coding_submissions_user ON coding_submissions (user_id, kind);

CREATE TABLE coding_case_results (
    id {{id}},
    submission_id BIGINT NOT NULL REFERENCES coding_submissions (id),
    test_case_id BIGINT NOT NULL REFERENCES coding_test_cases (id),
    status TEXT NOT NULL,
    stdout TEXT,
    stderr TEXT,
    exit_code INTEGER,
    exit_signal TEXT,
    cpu_time_ms INTEGER,
    wall_time_ms INTEGER,
    memory_kb INTEGER
);
CREATE INDEX coding_case_results_submission ON coding_case_results (submission_id, test_case_id);
