-- wrk script for tools/serve-load.sh: each request asks for the next path of PATHS_FILE (one a
-- line); the run stops once TOTAL responses have come back (each thread its share), and prints
-- p50/p95/p99 latency, the number of requests and every kind of error.
local paths = {}
local total = tonumber(os.getenv("TOTAL") or "4000")
local threads_count = tonumber(os.getenv("THREADS") or "2")
for line in io.lines(os.getenv("PATHS_FILE")) do paths[#paths + 1] = line end

local counter = 0
local seen = 0
local share = math.ceil(total / threads_count)

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end

-- Each thread asks its own stretch of the paths, so no path is asked twice.
function init(args)
  index = offset * share
end

function request()
  index = index + 1
  return wrk.format("GET", paths[(index % #paths) + 1])
end

function response(status, headers, body)
  seen = seen + 1
  if seen >= share then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "requests %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors: connect %d, read %d, write %d, timeout %d, status %d\n",
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
