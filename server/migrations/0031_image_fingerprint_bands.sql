-- SPDX-License-Identifier: Apache-2.0
-- A picture's 64-bit hash cut into bands, so that the pictures near one are found by the bands
-- they share with it instead of by reading every hash (older hashes get theirs at start-up).
CREATE TABLE image_fingerprint_bands (
    fingerprint_id BIGINT NOT NULL REFERENCES image_fingerprints (id) ON DELETE CASCADE,
    band SMALLINT NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (fingerprint_id, band)
);
CREATE INDEX image_fingerprint_bands_value ON image_fingerprint_bands (band, value);
