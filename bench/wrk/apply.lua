-- SPDX-License-Identifier: Apache-2.0
-- POST /api/v1/jobs/{id}/applications as the talent of WN_TOKEN, a different job each time:
-- job ids WN_FIRST_JOB .. WN_FIRST_JOB + WN_JOBS - 1, threads taking turns, so no job repeats
-- within a run (a repeat would be a 409, which wrk counts as non-2xx).
local threads = 0
function setup(thread)
    thread:set("tid", threads)
    threads = threads + 1
    thread:set("nthreads", 0)
end

local first = tonumber(os.getenv("WN_FIRST_JOB"))
local count = tonumber(os.getenv("WN_JOBS"))
local token = os.getenv("WN_TOKEN")
local n = 0

function init(args)
    n = 0
end

function request()
    n = n + 1
    local job = first + ((n * 8 + tid) % count)
    return wrk.format("POST", "/api/v1/jobs/" .. job .. "/applications",
        { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }, "{}")
end
