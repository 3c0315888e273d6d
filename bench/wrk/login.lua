-- SPDX-License-Identifier: Apache-2.0
-- POST /api/v1/auth/login as WN_EMAIL / WN_PASSWORD: every request hashes with argon2id.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = string.format('{"email":"%s","password":"%s"}', os.getenv("WN_EMAIL"), os.getenv("WN_PASSWORD"))
