-- SPDX-License-Identifier: Apache-2.0
-- Learning: the built-in LMS's categories, courses and enrolments; the link between an account
-- and its LMS user (either provider); enrolment requests and their approval; completed courses
-- recorded as verified for the talent's profile and CV; the LMS console's settings, activity log,
-- audit log and exports.

-- The built-in provider's catalogue (the Moodle provider reads Moodle's instead).
CREATE TABLE lms_categories (
    id {{id}},
    name TEXT NOT NULL,
    description TEXT,
    parent_id BIGINT REFERENCES lms_categories (id),
    created_at TEXT NOT NULL
);

CREATE TABLE lms_courses (
    id {{id}},
    category_id BIGINT NOT NULL REFERENCES lms_categories (id),
    shortname TEXT NOT NULL UNIQUE,
    fullname TEXT NOT NULL,
    summary TEXT,
    visible BOOLEAN NOT NULL DEFAULT TRUE,
    created_by BIGINT REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX lms_courses_category ON lms_courses (category_id);

-- The built-in provider's enrolments, with the progress a course creator records.
CREATE TABLE lms_enrolments (
    user_id BIGINT NOT NULL REFERENCES users (id),
    course_id BIGINT NOT NULL REFERENCES lms_courses (id),
    progress INTEGER NOT NULL DEFAULT 0,
    completed_at TEXT,
    enrolled_at TEXT NOT NULL,
    PRIMARY KEY (user_id, course_id)
);
CREATE INDEX lms_enrolments_course ON lms_enrolments (course_id);

-- An account's LMS user, whichever provider: Moodle's user id (text) or, built in, our own id.
CREATE TABLE lms_learners (
    user_id BIGINT PRIMARY KEY REFERENCES users (id),
    provider TEXT NOT NULL,
    remote_id TEXT,
    username TEXT NOT NULL UNIQUE,
    course_creator BOOLEAN NOT NULL DEFAULT FALSE,
    nysc BOOLEAN NOT NULL DEFAULT FALSE,
    nysc_state_code TEXT,
    nysc_batch TEXT,
    academy_id BIGINT REFERENCES companies (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX lms_learners_nysc ON lms_learners (nysc, user_id);

-- A talent's request to join a course; staff approve (the talent is then enrolled) or decline it
-- with a reason. One open request per talent and course.
CREATE TABLE lms_enrolment_requests (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    course_id TEXT NOT NULL,
    course_name TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    note TEXT,
    decided_by BIGINT REFERENCES users (id),
    decided_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX lms_enrolment_requests_status ON lms_enrolment_requests (status, created_at);
CREATE INDEX lms_enrolment_requests_user ON lms_enrolment_requests (user_id, course_id);
CREATE UNIQUE INDEX lms_enrolment_requests_open ON lms_enrolment_requests (user_id, course_id)
    WHERE status = 'pending';

-- Courses a talent completed, as the LMS reported them: verified, for the profile and the CV.
CREATE TABLE talent_verified_courses (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    provider TEXT NOT NULL,
    course_id TEXT NOT NULL,
    course_name TEXT NOT NULL,
    completed_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (user_id, provider, course_id)
);

-- Values super admins keep for the LMS side (add/edit values); never configuration secrets.
CREATE TABLE lms_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_by BIGINT REFERENCES users (id),
    updated_at TEXT NOT NULL
);

-- What the LMS side did (provider calls and their failures): "clear log" archives entries.
CREATE TABLE lms_log (
    id {{id}},
    level TEXT NOT NULL,
    event TEXT NOT NULL,
    message TEXT NOT NULL,
    user_id BIGINT,
    created_at TEXT NOT NULL,
    archived_at TEXT
);
CREATE INDEX lms_log_current ON lms_log (archived_at, id);

-- Every sensitive console action (get env, run query, clear log, fix context, clear cache, ...):
-- who, what, and the detail (the query's text, the talent re-synced).
CREATE TABLE lms_audit_log (
    id {{id}},
    actor_id BIGINT NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX lms_audit_log_created ON lms_audit_log (created_at);

-- Report exports written by background jobs, with their progress.
CREATE TABLE lms_exports (
    id {{id}},
    requested_by BIGINT NOT NULL REFERENCES users (id),
    report TEXT NOT NULL,
    status TEXT NOT NULL,
    rows_total INTEGER NOT NULL DEFAULT 0,
    rows_done INTEGER NOT NULL DEFAULT 0,
    file_name TEXT,
    error TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The accounts as the console's read-only query may read them: no password hash, no secret.
CREATE VIEW lms_people AS
    SELECT id, email, first_name, last_name, role, status, country_code, state, company_id,
           created_at
    FROM users WHERE deleted_at IS NULL;
