-- SPDX-License-Identifier: Apache-2.0
-- POST /api/v1/jobs/{id}/applications as the talents of WN_TOKEN (one token, or several
-- separated by commas), never the same talent and job twice within a run: request k of the
-- WN_THREADS threads taken together goes to talent k mod T and job WN_FIRST_JOB + k div T
-- (mod WN_JOBS), so T talents cover T x WN_JOBS applications before any repeats (a repeat
-- would be a 409, which wrk counts as non-2xx). The seeded applications may still meet a few.
local threads = 0
function setup(thread)
    thread:set("tid", threads)
    threads = threads + 1
end

local first = tonumber(os.getenv("WN_FIRST_JOB"))
local count = tonumber(os.getenv("WN_JOBS"))
local stride = tonumber(os.getenv("WN_THREADS"))
local tokens = {}
for token in string.gmatch(os.getenv("WN_TOKEN"), "[^,]+") do
    tokens[#tokens + 1] = token
end
local n = 0

function request()
    local k = n * stride + tid
    n = n + 1
    local job = first + math.floor(k / #tokens) % count
    return wrk.format("POST", "/api/v1/jobs/" .. job .. "/applications",
        { ["Content-Type"] = "application/json",
          ["Authorization"] = "Bearer " .. tokens[k % #tokens + 1] }, "{}")
end
