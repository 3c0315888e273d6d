-- SPDX-License-Identifier: Apache-2.0
-- Company profiles, their contact persons and sponsorship profile, and the webhooks a company
-- registers: endpoints, the events each one receives, and every delivery and attempt.

ALTER TABLE companies ADD COLUMN employer_type TEXT;
ALTER TABLE companies ADD COLUMN company_size TEXT;
ALTER TABLE companies ADD COLUMN description TEXT;
-- A JSON object of social profile URLs ({"linkedin": "...", ...}).
ALTER TABLE companies ADD COLUMN socials TEXT;
-- A JSON array of focus areas; set with sponsor_since when an employer becomes a sponsor.
ALTER TABLE companies ADD COLUMN sponsor_focus_areas TEXT;
ALTER TABLE companies ADD COLUMN sponsor_budget_range TEXT;
ALTER TABLE companies ADD COLUMN sponsor_since TEXT;
ALTER TABLE companies ADD COLUMN deleted_by BIGINT;
CREATE INDEX companies_owner ON companies (owner_id);

CREATE TABLE company_contacts (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone_number TEXT,
    position TEXT,
    is_primary BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (company_id, email)
);
-- Exactly one primary contact a company: the service moves the flag, this refuses a second one.
CREATE UNIQUE INDEX company_contacts_primary ON company_contacts (company_id) WHERE is_primary = TRUE;

CREATE TABLE webhook_endpoints (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    url TEXT NOT NULL,
    description TEXT,
    secret TEXT NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    disabled_reason TEXT,
    created_by BIGINT REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX webhook_endpoints_company ON webhook_endpoints (company_id);

CREATE TABLE webhook_subscriptions (
    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints (id),
    event TEXT NOT NULL,
    PRIMARY KEY (endpoint_id, event)
);
CREATE INDEX webhook_subscriptions_event ON webhook_subscriptions (event);

-- One event sent to one endpoint. The body is fixed when the event happens, and message_id is the
-- webhook-id header, the same on every attempt so receivers can drop duplicates.
CREATE TABLE webhook_deliveries (
    id {{id}},
    message_id TEXT NOT NULL UNIQUE,
    endpoint_id BIGINT NOT NULL REFERENCES webhook_endpoints (id),
    company_id BIGINT NOT NULL REFERENCES companies (id),
    event TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_status_code INTEGER,
    last_error TEXT,
    delivered_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);

CREATE TABLE webhook_attempts (
    id {{id}},
    delivery_id BIGINT NOT NULL REFERENCES webhook_deliveries (id),
    attempt INTEGER NOT NULL,
    target_address TEXT,
    status_code INTEGER,
    duration_ms INTEGER NOT NULL,
    error TEXT,
    response_excerpt TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, attempt);
