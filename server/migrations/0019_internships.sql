-- SPDX-License-Identifier: Apache-2.0
-- Internship programmes with mentors and weighted KPIs; training cohorts with instructors and
-- their ratings; attendance taken by QR code at a cohort's sessions.

CREATE TABLE internship_categories (
    id {{id}},
    name TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    description TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE internships (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    category_id BIGINT REFERENCES internship_categories (id),
    title TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL,
    mode TEXT NOT NULL,
    location TEXT,
    state TEXT,
    places INTEGER,
    stipend BIGINT,
    start_date TEXT,
    end_date TEXT,
    application_deadline TEXT,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX internships_company ON internships (company_id, created_at);
CREATE INDEX internships_public ON internships (status, created_at);

-- A mentor is a person of the company: one of its staff, or an account of the mentor kind it
-- opened for them.
CREATE TABLE internship_mentors (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    expertise TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (company_id, user_id)
);
CREATE INDEX internship_mentors_user ON internship_mentors (user_id);

CREATE TABLE internship_mentor_assignments (
    internship_id BIGINT NOT NULL REFERENCES internships (id),
    mentor_id BIGINT NOT NULL REFERENCES internship_mentors (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (internship_id, mentor_id)
);
CREATE INDEX internship_mentor_assignments_mentor ON internship_mentor_assignments (mentor_id);

CREATE TABLE internship_applications (
    id {{id}},
    internship_id BIGINT NOT NULL REFERENCES internships (id),
    talent_id BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    motivation TEXT,
    decided_reason TEXT,
    completed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (internship_id, talent_id)
);
CREATE INDEX internship_applications_talent ON internship_applications (talent_id, status);
CREATE INDEX internship_applications_internship ON internship_applications (internship_id, status);

CREATE TABLE internship_application_events (
    id {{id}},
    application_id BIGINT NOT NULL REFERENCES internship_applications (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    actor_id BIGINT NOT NULL REFERENCES users (id),
    reason TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX internship_application_events_application
    ON internship_application_events (application_id, id);

CREATE TABLE internship_kpis (
    id {{id}},
    internship_id BIGINT NOT NULL REFERENCES internships (id),
    title TEXT NOT NULL,
    description TEXT,
    rubric TEXT,
    weight INTEGER NOT NULL,
    max_score INTEGER NOT NULL,
    due_date TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX internship_kpis_internship ON internship_kpis (internship_id, id);

CREATE TABLE kpi_submissions (
    id {{id}},
    kpi_id BIGINT NOT NULL REFERENCES internship_kpis (id),
    intern_id BIGINT NOT NULL REFERENCES users (id),
    content TEXT NOT NULL,
    links TEXT NOT NULL,
    file_key TEXT,
    score INTEGER,
    comment TEXT,
    scored_by BIGINT REFERENCES users (id),
    scored_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kpi_id, intern_id)
);
CREATE INDEX kpi_submissions_intern ON kpi_submissions (intern_id, kpi_id);
CREATE INDEX kpi_submissions_scorer ON kpi_submissions (scored_by);

CREATE TABLE cohorts (
    id {{id}},
    name TEXT NOT NULL,
    description TEXT,
    start_date TEXT,
    end_date TEXT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE cohort_talents (
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    talent_id BIGINT NOT NULL REFERENCES users (id),
    added_at TEXT NOT NULL,
    PRIMARY KEY (cohort_id, talent_id)
);
CREATE INDEX cohort_talents_talent ON cohort_talents (talent_id);

CREATE TABLE cohort_instructors (
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    instructor_id BIGINT NOT NULL REFERENCES users (id),
    added_at TEXT NOT NULL,
    PRIMARY KEY (cohort_id, instructor_id)
);
CREATE INDEX cohort_instructors_instructor ON cohort_instructors (instructor_id);

CREATE TABLE cohort_skills (
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    skill_id BIGINT NOT NULL REFERENCES skills (id),
    PRIMARY KEY (cohort_id, skill_id)
);
CREATE INDEX cohort_skills_skill ON cohort_skills (skill_id);

CREATE TABLE instructor_profiles (
    user_id BIGINT PRIMARY KEY REFERENCES users (id),
    bio TEXT,
    expertise TEXT
);

CREATE TABLE instructor_ratings (
    id {{id}},
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    instructor_id BIGINT NOT NULL REFERENCES users (id),
    talent_id BIGINT NOT NULL REFERENCES users (id),
    rating INTEGER NOT NULL,
    comment TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (cohort_id, instructor_id, talent_id)
);
CREATE INDEX instructor_ratings_instructor ON instructor_ratings (instructor_id);

CREATE TABLE attendance_sessions (
    id {{id}},
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX attendance_sessions_cohort ON attendance_sessions (cohort_id, starts_at);

CREATE TABLE attendance_records (
    id {{id}},
    session_id BIGINT NOT NULL REFERENCES attendance_sessions (id),
    talent_id BIGINT NOT NULL REFERENCES users (id),
    checked_in_at TEXT NOT NULL,
    checked_out_at TEXT,
    UNIQUE (session_id, talent_id)
);
CREATE INDEX attendance_records_talent ON attendance_records (talent_id, checked_in_at);
