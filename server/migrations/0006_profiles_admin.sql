-- SPDX-License-Identifier: Apache-2.0
-- Talent profiles (skills with proficiency, education, experience, preferences, accommodations,
-- intro video) and the admin console's bulk invitations with their per-row reports.
-- Reference codes (education levels, career levels, job preferences, disabilities) are stored as
-- the code text: codes are stable, ids of a reseeded list need not be.

CREATE TABLE talent_profiles (
    user_id BIGINT PRIMARY KEY REFERENCES users (id),
    headline TEXT,
    bio TEXT,
    linkedin_url TEXT,
    portfolio_url TEXT,
    desired_career_level TEXT,
    salary_min BIGINT,
    salary_max BIGINT,
    salary_period TEXT,
    willing_to_relocate BOOLEAN,
    accommodation_needs TEXT,
    intro_video_key TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE talent_skills (
    user_id BIGINT NOT NULL REFERENCES users (id),
    skill_id BIGINT NOT NULL REFERENCES skills (id),
    level TEXT NOT NULL,
    years INTEGER,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, skill_id)
);
CREATE INDEX talent_skills_skill ON talent_skills (skill_id);

CREATE TABLE talent_education (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    sort_order INTEGER NOT NULL,
    school_id BIGINT REFERENCES schools (id),
    school_name TEXT NOT NULL,
    education_level TEXT,
    course TEXT,
    start_year INTEGER,
    end_year INTEGER
);
CREATE INDEX talent_education_user ON talent_education (user_id, sort_order);

CREATE TABLE talent_experience (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    sort_order INTEGER NOT NULL,
    company TEXT NOT NULL,
    title TEXT NOT NULL,
    start_month TEXT NOT NULL,
    end_month TEXT,
    is_current BOOLEAN NOT NULL DEFAULT FALSE,
    description TEXT
);
CREATE INDEX talent_experience_user ON talent_experience (user_id, sort_order);

CREATE TABLE talent_job_preferences (
    user_id BIGINT NOT NULL REFERENCES users (id),
    preference_code TEXT NOT NULL,
    PRIMARY KEY (user_id, preference_code)
);

-- Private: only the talent and staff read these.
CREATE TABLE talent_disabilities (
    user_id BIGINT NOT NULL REFERENCES users (id),
    disability_code TEXT NOT NULL,
    PRIMARY KEY (user_id, disability_code)
);

-- A shipped reference file is applied once per content digest, so an admin's deletions and edits
-- are not undone at the next start.
CREATE TABLE reference_seeds (
    name TEXT PRIMARY KEY,
    digest TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- Bulk invitations: a CSV file processed in background chunks, or a JSON list processed at once.
-- The CSV text is kept until the import is done; next_offset/next_line say where the next chunk
-- starts reading it.
CREATE TABLE user_imports (
    id {{id}},
    created_by BIGINT NOT NULL REFERENCES users (id),
    source TEXT NOT NULL,
    status TEXT NOT NULL,
    content TEXT,
    total_rows INTEGER NOT NULL DEFAULT 0,
    processed_rows INTEGER NOT NULL DEFAULT 0,
    created_count INTEGER NOT NULL DEFAULT 0,
    duplicate_count INTEGER NOT NULL DEFAULT 0,
    invalid_count INTEGER NOT NULL DEFAULT 0,
    next_offset INTEGER NOT NULL DEFAULT 0,
    next_line INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX user_imports_created ON user_imports (created_at);

CREATE TABLE user_import_rows (
    id {{id}},
    import_id BIGINT NOT NULL REFERENCES user_imports (id),
    row_number INTEGER NOT NULL,
    email TEXT,
    role TEXT,
    outcome TEXT NOT NULL,
    reason TEXT,
    user_id BIGINT,
    UNIQUE (import_id, row_number)
);
CREATE INDEX user_import_rows_email ON user_import_rows (import_id, email);
