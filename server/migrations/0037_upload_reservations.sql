-- SPDX-License-Identifier: Apache-2.0
-- The room an upload holds from its head until its file is recorded or it is dropped: in its
-- account's budget of uploads arriving at once, and, when it is to be kept as a file
-- (stores_file), in its owner's and company's storage quotas beside the files stored. Every
-- instance on the database counts every reservation, so the limits hold across instances. A
-- reservation past expires_at was never given back (its instance crashed): it counts no more,
-- and the files sweep deletes it.
CREATE TABLE upload_reservations (
    id {{id}},
    owner_id BIGINT NOT NULL,
    company_id BIGINT,
    size_bytes BIGINT NOT NULL,
    stores_file BOOLEAN NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX upload_reservations_owner ON upload_reservations (owner_id, expires_at);
CREATE INDEX upload_reservations_company ON upload_reservations (company_id, expires_at);
CREATE INDEX upload_reservations_expires ON upload_reservations (expires_at);
