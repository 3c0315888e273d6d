-- SPDX-License-Identifier: Apache-2.0
-- Background work has a priority, so that bulk mail (thousands of invitations) never holds up a
-- password reset code: higher runs first among the jobs that are due.
ALTER TABLE background_jobs ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
CREATE INDEX background_jobs_priority ON background_jobs (status, priority, run_at);
