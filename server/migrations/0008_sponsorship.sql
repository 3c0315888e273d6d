-- SPDX-License-Identifier: Apache-2.0
-- Sponsorship programmes, their ordered approval workflows, the applications talents send, the
-- approvals each level receives and the append-only history of every application.

-- status: draft, open or closed. Dates are calendar days (YYYY-MM-DD); applications are accepted
-- from opening_date to closing_date inclusive (UTC). required_documents is a JSON array of labels.
-- amount is in whole units of currency. slots_filled counts approved applications.
CREATE TABLE sponsorships (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    amount BIGINT,
    currency TEXT NOT NULL DEFAULT 'NGN',
    benefits TEXT,
    slots INTEGER NOT NULL,
    slots_filled INTEGER NOT NULL DEFAULT 0,
    eligibility TEXT,
    opening_date TEXT NOT NULL,
    closing_date TEXT NOT NULL,
    required_documents TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX sponsorships_company ON sponsorships (company_id, created_at);
CREATE INDEX sponsorships_status ON sponsorships (status, created_at);

-- The ordered levels of a programme's approval workflow, numbered from 1.
-- mode: any_of (one approval passes the level) or all_of (every approver must approve).
CREATE TABLE sponsorship_levels (
    id {{id}},
    sponsorship_id BIGINT NOT NULL REFERENCES sponsorships (id),
    level_number INTEGER NOT NULL,
    name TEXT NOT NULL,
    mode TEXT NOT NULL,
    UNIQUE (sponsorship_id, level_number)
);

CREATE TABLE sponsorship_level_approvers (
    level_id BIGINT NOT NULL REFERENCES sponsorship_levels (id),
    user_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (level_id, user_id)
);

-- The programme's brochure, terms and other files its owner publishes.
CREATE TABLE sponsorship_documents (
    id {{id}},
    sponsorship_id BIGINT NOT NULL REFERENCES sponsorships (id),
    file_key TEXT NOT NULL REFERENCES files (file_key),
    label TEXT,
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX sponsorship_documents_sponsorship ON sponsorship_documents (sponsorship_id);

-- status: pending, in_review, approved, rejected, withdrawn or cancelled. current_level is the
-- level awaiting action; review_round grows when the owner reopens a decided application, so the
-- approvals of an earlier round no longer count.
CREATE TABLE sponsorship_applications (
    id {{id}},
    sponsorship_id BIGINT NOT NULL REFERENCES sponsorships (id),
    applicant_id BIGINT NOT NULL REFERENCES users (id),
    status TEXT NOT NULL,
    current_level INTEGER NOT NULL DEFAULT 1,
    review_round INTEGER NOT NULL DEFAULT 1,
    motivation TEXT NOT NULL,
    decision_reason TEXT,
    decided_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (sponsorship_id, applicant_id)
);
CREATE INDEX sponsorship_applications_applicant ON sponsorship_applications (applicant_id, created_at);
CREATE INDEX sponsorship_applications_status ON sponsorship_applications (sponsorship_id, status);

CREATE TABLE sponsorship_application_documents (
    id {{id}},
    application_id BIGINT NOT NULL REFERENCES sponsorship_applications (id),
    file_key TEXT NOT NULL REFERENCES files (file_key),
    label TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (application_id, file_key)
);

-- One approver's approval of one level in one review round: the unique key makes a second
-- approval by the same person impossible, whatever runs at the same time.
CREATE TABLE sponsorship_approvals (
    id {{id}},
    application_id BIGINT NOT NULL REFERENCES sponsorship_applications (id),
    review_round INTEGER NOT NULL,
    level_number INTEGER NOT NULL,
    approver_id BIGINT NOT NULL REFERENCES users (id),
    comment TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (application_id, review_round, level_number, approver_id)
);

-- Append-only: the code only ever inserts here. action: submitted, document_added, approved,
-- rejected, decided, withdrawn, cancelled or reopened. level_name keeps the name the level had.
CREATE TABLE sponsorship_application_history (
    id {{id}},
    application_id BIGINT NOT NULL REFERENCES sponsorship_applications (id),
    review_round INTEGER NOT NULL,
    level_number INTEGER,
    level_name TEXT,
    action TEXT NOT NULL,
    actor_id BIGINT REFERENCES users (id),
    comment TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX sponsorship_application_history_application ON sponsorship_application_history (application_id, id);
