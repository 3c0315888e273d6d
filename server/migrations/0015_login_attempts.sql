-- SPDX-License-Identifier: Apache-2.0
-- The login limits' counts (auth/login_failures_per_account and auth/login_failures_per_address),
-- shared by every instance on the database. A login takes its place here, one row per count,
-- before its password is checked, and gives it back when the password was right: the rows left
-- are the failures. limit_key is "login-account:<email>" or "login-ip:<address>". attempted_at
-- is milliseconds since the epoch, as the window is arithmetic on it. Rows older than the window
-- are swept away.
CREATE TABLE login_attempts (
    id {{id}},
    limit_key TEXT NOT NULL,
    attempted_at BIGINT NOT NULL
);
CREATE INDEX login_attempts_key ON login_attempts (limit_key, attempted_at);
CREATE INDEX login_attempts_time ON login_attempts (attempted_at);
