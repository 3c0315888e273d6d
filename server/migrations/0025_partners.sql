-- SPDX-License-Identifier: Apache-2.0
-- Partners and the external API: API keys (stored as an HMAC of the secret, never the secret),
-- the consent a talent gives each partner and every read a partner made, inbound webhooks
-- (their message ids, so a replay is refused), NYSC call-up verification codes, the perceptual
-- hashes of images checked before, and wallets.

CREATE TABLE api_keys (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    name TEXT NOT NULL,
    -- "wn_live_" and the secret's first characters: enough to tell keys apart in a list.
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    -- The "whsec_" secret the partner signs inbound webhooks with, sealed under the server key.
    signing_secret TEXT NOT NULL,
    scopes TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id),
    -- The key this one replaced by rotation; that one stops at its expires_at.
    replaces_id BIGINT REFERENCES api_keys (id),
    created_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT,
    last_used_at TEXT
);
CREATE INDEX api_keys_company ON api_keys (company_id, created_at);

-- A talent's consent to one partner (a company) reading their profile and files.
CREATE TABLE partner_consents (
    talent_id BIGINT NOT NULL REFERENCES users (id),
    company_id BIGINT NOT NULL REFERENCES companies (id),
    -- "talent" (granted in Worknation) or "partner" (the partner added the talent).
    source TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    withdrawn_at TEXT,
    PRIMARY KEY (talent_id, company_id)
);
CREATE INDEX partner_consents_company ON partner_consents (company_id, talent_id);

CREATE TABLE partner_reads (
    id {{id}},
    company_id BIGINT NOT NULL REFERENCES companies (id),
    api_key_id BIGINT NOT NULL REFERENCES api_keys (id),
    talent_id BIGINT NOT NULL REFERENCES users (id),
    what TEXT NOT NULL,
    read_at TEXT NOT NULL
);
CREATE INDEX partner_reads_talent ON partner_reads (talent_id, read_at);
CREATE INDEX partner_reads_key ON partner_reads (api_key_id, read_at);

CREATE TABLE partner_webhook_messages (
    company_id BIGINT NOT NULL REFERENCES companies (id),
    message_id TEXT NOT NULL,
    api_key_id BIGINT NOT NULL REFERENCES api_keys (id),
    event_type TEXT NOT NULL,
    talent_id BIGINT REFERENCES users (id),
    data TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (company_id, message_id)
);

CREATE TABLE nysc_codes (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    call_up_number TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX nysc_codes_user ON nysc_codes (user_id, id);

CREATE TABLE nysc_verifications (
    user_id BIGINT PRIMARY KEY REFERENCES users (id),
    call_up_number TEXT NOT NULL UNIQUE,
    state_code TEXT NOT NULL,
    year INTEGER NOT NULL,
    serial TEXT NOT NULL,
    verified_at TEXT NOT NULL
);

CREATE TABLE image_fingerprints (
    id {{id}},
    user_id BIGINT NOT NULL REFERENCES users (id),
    -- 64-bit difference hash as 16 hexadecimal digits.
    phash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX image_fingerprints_user ON image_fingerprints (user_id);

CREATE TABLE wallets (
    user_id BIGINT PRIMARY KEY REFERENCES users (id),
    provider TEXT NOT NULL,
    account_reference TEXT NOT NULL,
    account_number TEXT,
    created_at TEXT NOT NULL
);
