-- SPDX-License-Identifier: Apache-2.0
-- Accounts, companies, sessions, codes, background jobs, files and reference data.
-- Timestamps are ISO 8601 UTC text ("2026-11-24T19:36:25.000Z") on both databases: they sort as text.
-- {{id}} and {{blob}} are replaced with each database's own spelling when the migration runs.

CREATE TABLE countries (
    code TEXT PRIMARY KEY,
    code3 TEXT NOT NULL,
    name TEXT NOT NULL,
    african BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE states (
    code TEXT PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES countries (code),
    name TEXT NOT NULL
);

CREATE TABLE companies (
    id {{id}},
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'employer',
    name TEXT NOT NULL,
    country_code TEXT NOT NULL,
    state TEXT,
    industry TEXT,
    address TEXT,
    website TEXT,
    registration_number TEXT,
    owner_id BIGINT,
    tin_masked TEXT,
    tin_verified_at TEXT,
    is_sponsor BOOLEAN NOT NULL DEFAULT FALSE,
    logo_key TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX companies_created ON companies (created_at);

CREATE TABLE company_roles (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    description TEXT,
    permissions TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (company_id, name_key)
);

CREATE TABLE users (
    id {{id}},
    uuid TEXT NOT NULL UNIQUE,
    wn_id TEXT UNIQUE,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    phone_number TEXT,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    email_verified_at TEXT,
    country_code TEXT,
    state TEXT,
    gender TEXT,
    date_of_birth TEXT,
    company_id BIGINT REFERENCES companies (id),
    company_role_id BIGINT REFERENCES company_roles (id),
    job_title TEXT,
    avatar_key TEXT,
    bvn_verified_at TEXT,
    nin_verified_at TEXT,
    invited_by BIGINT,
    last_login_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX users_role_created ON users (role, created_at);
CREATE INDEX users_company ON users (company_id);

CREATE TABLE sessions (
    jti TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    user_agent TEXT,
    ip_address TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE one_time_codes (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    purpose TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX one_time_codes_user ON one_time_codes (user_id, purpose, id);

CREATE TABLE background_jobs (
    id {{id}},
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 8,
    run_at TEXT NOT NULL,
    locked_by TEXT,
    locked_until TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX background_jobs_due ON background_jobs (status, run_at);

CREATE TABLE files (
    file_key TEXT PRIMARY KEY,
    owner_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX files_owner ON files (owner_id);

CREATE TABLE system_roles (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    description TEXT,
    permissions TEXT NOT NULL DEFAULT '[]',
    built_in BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Identity numbers (BVN, NIN, TIN) are never stored: only a masked form and an HMAC under a server key.
CREATE TABLE identity_checks (
    id {{id}},
    user_id BIGINT REFERENCES users (id),
    company_id BIGINT REFERENCES companies (id),
    kind TEXT NOT NULL,
    masked_value TEXT NOT NULL,
    value_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    provider TEXT NOT NULL,
    detail TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX identity_checks_user ON identity_checks (user_id);
CREATE INDEX identity_checks_company ON identity_checks (company_id);

-- One identity number verifies one account.
CREATE TABLE identity_claims (
    kind TEXT NOT NULL,
    value_hash TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id),
    company_id BIGINT REFERENCES companies (id),
    verified_at TEXT NOT NULL,
    PRIMARY KEY (kind, value_hash)
);

-- The local provider's records, loaded by admins.
CREATE TABLE identity_registry (
    kind TEXT NOT NULL,
    value_hash TEXT NOT NULL,
    masked_value TEXT NOT NULL,
    first_name TEXT,
    last_name TEXT,
    date_of_birth TEXT,
    company_name TEXT,
    loaded_at TEXT NOT NULL,
    PRIMARY KEY (kind, value_hash)
);
