-- SPDX-License-Identifier: Apache-2.0
-- Subscription plans (shipped as reference data), whether a school is federal, state or private,
-- and the testimonials talents write and admins approve.

ALTER TABLE schools ADD COLUMN ownership TEXT;
CREATE INDEX schools_state_kind ON schools (state, kind);

CREATE TABLE subscription_plans (
    id {{id}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    monthly_price BIGINT NOT NULL,
    yearly_price BIGINT NOT NULL,
    features TEXT NOT NULL,
    limits TEXT NOT NULL,
    rank INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE
);

-- One testimonial per talent: the unique user_id makes a second one a conflict.
CREATE TABLE testimonials (
    id {{id}},
    user_id BIGINT NOT NULL UNIQUE REFERENCES users (id),
    rating INTEGER NOT NULL,
    body TEXT NOT NULL,
    role_text TEXT,
    status TEXT NOT NULL,
    rejection_reason TEXT,
    reviewed_by BIGINT REFERENCES users (id),
    reviewed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX testimonials_status ON testimonials (status, updated_at);
