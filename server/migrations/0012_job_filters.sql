-- SPDX-License-Identifier: Apache-2.0
-- The job search counted its matches by reading every matching row of the table: SQLite 3.40
-- cannot answer from an index on an expression (LOWER(state)) without the row. The state as
-- searched is stored beside it, and one index holds every column the search filters on, so that
-- the count and the page are read from the index alone.
ALTER TABLE jobs ADD COLUMN state_key TEXT;
UPDATE jobs SET state_key = LOWER(state);
DROP INDEX jobs_state;
CREATE INDEX jobs_filter ON jobs (status, state_key, job_type, work_mode, salary_max,
                                  published_at, company_id, deleted_at);
