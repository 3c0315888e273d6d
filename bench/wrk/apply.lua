-- SPDX-License-Identifier: Apache-2.0
-- POST /api/v1/jobs/{id}/applications as the talent of WN_TOKEN, a different job each time:
-- job ids WN_FIRST_JOB .. WN_FIRST_JOB + WN_JOBS - 1, the WN_THREADS threads taking turns, so
-- no job repeats within a run (a repeat would be a 409, which wrk counts as non-2xx). The seeded
-- applications of the talent may still meet a few.
local threads = 0
function setup(thread)
    thread:set("tid", threads)
    threads = threads + 1
end

local first = tonumber(os.getenv("WN_FIRST_JOB"))
local count = tonumber(os.getenv("WN_JOBS"))
local stride = tonumber(os.getenv("WN_THREADS"))
local token = os.getenv("WN_TOKEN")
local n = 0

function request()
    local job = first + ((n * stride + tid) % count)
    n = n + 1
    return wrk.format("POST", "/api/v1/jobs/" .. job .. "/applications",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, "{}")
end
