-- SPDX-License-Identifier: Apache-2.0
-- Jobs, trainings, pre-qualification questions, applications and their histories, FAQs.

CREATE TABLE jobs (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    summary TEXT,
    description TEXT NOT NULL,
    requirements TEXT,
    job_type TEXT NOT NULL,
    work_mode TEXT NOT NULL,
    career_level TEXT,
    industry TEXT,
    country_code TEXT NOT NULL DEFAULT 'NG',
    state TEXT,
    city TEXT,
    salary_min BIGINT,
    salary_max BIGINT,
    salary_currency TEXT NOT NULL DEFAULT 'NGN',
    salary_period TEXT NOT NULL DEFAULT 'month',
    openings INTEGER NOT NULL DEFAULT 1,
    deadline TEXT,
    status TEXT NOT NULL,
    published_at TEXT,
    closed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX jobs_public ON jobs (status, published_at);
CREATE INDEX jobs_company ON jobs (company_id, status, created_at);
CREATE INDEX jobs_state ON jobs (status, state);
CREATE INDEX jobs_type ON jobs (status, job_type, work_mode);
CREATE INDEX jobs_level ON jobs (status, career_level);
CREATE INDEX jobs_industry ON jobs (status, industry);
CREATE INDEX jobs_salary ON jobs (status, salary_max);

CREATE TABLE job_skills (
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    skill_id BIGINT NOT NULL REFERENCES skills (id),
    PRIMARY KEY (job_id, skill_id)
);
CREATE INDEX job_skills_skill ON job_skills (skill_id, job_id);

-- Questions a job can require before an application is accepted: the platform's (company_id
-- NULL, kept by admins) and a company's own.
CREATE TABLE prequalification_questions (
    id {{id}},
    company_id BIGINT REFERENCES companies (id),
    question TEXT NOT NULL,
    kind TEXT NOT NULL,
    options TEXT NOT NULL DEFAULT '[]',
    expected_answer TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE job_questions (
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    question_id BIGINT NOT NULL REFERENCES prequalification_questions (id),
    position INTEGER NOT NULL,
    required BOOLEAN NOT NULL DEFAULT TRUE,
    PRIMARY KEY (job_id, question_id)
);

CREATE TABLE applications (
    id {{id}},
    job_id BIGINT NOT NULL REFERENCES jobs (id),
    talent_id BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    cover_letter TEXT,
    answers TEXT NOT NULL DEFAULT '[]',
    cv_key TEXT,
    rejection_reason TEXT,
    remark TEXT,
    remark_note TEXT,
    applied_at TEXT,
    first_response_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (job_id, talent_id)
);
CREATE INDEX applications_talent ON applications (talent_id, status);
CREATE INDEX applications_job ON applications (job_id, status);

CREATE TABLE application_events (
    id {{id}},
    application_id BIGINT NOT NULL REFERENCES applications (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    actor_id BIGINT NOT NULL REFERENCES users (id),
    reason TEXT,
    note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX application_events_application ON application_events (application_id, id);

CREATE TABLE trainings (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    summary TEXT,
    description TEXT NOT NULL,
    mode TEXT NOT NULL,
    location TEXT,
    state TEXT,
    start_date TEXT,
    end_date TEXT,
    application_deadline TEXT,
    capacity INTEGER,
    fee BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'NGN',
    status TEXT NOT NULL,
    published_at TEXT,
    closed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX trainings_public ON trainings (status, published_at);
CREATE INDEX trainings_company ON trainings (company_id, status);

CREATE TABLE training_skills (
    training_id BIGINT NOT NULL REFERENCES trainings (id),
    skill_id BIGINT NOT NULL REFERENCES skills (id),
    PRIMARY KEY (training_id, skill_id)
);

CREATE TABLE training_applications (
    id {{id}},
    training_id BIGINT NOT NULL REFERENCES trainings (id),
    talent_id BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    motivation TEXT,
    decided_reason TEXT,
    completed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (training_id, talent_id)
);
CREATE INDEX training_applications_talent ON training_applications (talent_id, status);
CREATE INDEX training_applications_training ON training_applications (training_id, status);

CREATE TABLE training_application_events (
    id {{id}},
    application_id BIGINT NOT NULL REFERENCES training_applications (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    actor_id BIGINT NOT NULL REFERENCES users (id),
    reason TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX training_application_events_application ON training_application_events (application_id, id);

CREATE TABLE faqs (
    id {{id}},
    category TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
