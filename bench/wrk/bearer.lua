-- SPDX-License-Identifier: Apache-2.0
-- GET with the access token in WN_TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("WN_TOKEN")
