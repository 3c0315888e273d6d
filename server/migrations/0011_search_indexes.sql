-- SPDX-License-Identifier: Apache-2.0
-- Found by the query plan audit on the public job search: every search listed the companies
-- that are not deleted by reading the whole companies table, and the state filter (compared
-- case-insensitively) could not use the index on the state as typed.
CREATE INDEX companies_live ON companies (id) WHERE deleted_at IS NULL;
DROP INDEX jobs_state;
CREATE INDEX jobs_state ON jobs (status, LOWER(state));
