-- SPDX-License-Identifier: Apache-2.0
-- A key's own limit of requests a minute, below the platform's (NULL: the platform's).
ALTER TABLE api_keys ADD COLUMN requests_per_minute INTEGER;
