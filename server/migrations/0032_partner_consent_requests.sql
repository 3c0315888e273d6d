-- SPDX-License-Identifier: Apache-2.0
-- When a partner last asked an existing talent by mail to share with it: one mail a month at
-- most, however often the partner sends the talent again.
CREATE TABLE partner_consent_requests (
    company_id BIGINT NOT NULL REFERENCES companies (id),
    talent_id BIGINT NOT NULL REFERENCES users (id),
    requested_at TEXT NOT NULL,
    PRIMARY KEY (company_id, talent_id)
);
