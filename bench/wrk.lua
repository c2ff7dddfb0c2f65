-- Requests for wrk: a GET or a POST form, with the session cookie and CSRF token of one bench
-- member per thread; the paths rotate; the result is printed as one JSON line.
-- Environment: WRK_METHOD, WRK_PATHS (separated by |), WRK_BODY ({token}, {n}, {flip}),
-- WRK_COOKIES and WRK_TOKENS (one per member, separated by |), WRK_HEADER ("Name: value", or empty).
local threads = {}

local function split(text, sep)
  local parts = {}
  for part in string.gmatch(text or "", "([^" .. sep .. "]+)") do table.insert(parts, part) end
  return parts
end

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_id", #threads)
end

function init(args)
  local cookies = split(os.getenv("WRK_COOKIES"), "|")
  local tokens = split(os.getenv("WRK_TOKENS"), "|")
  paths = split(os.getenv("WRK_PATHS"), "|")
  method = os.getenv("WRK_METHOD") or "GET"
  body_template = os.getenv("WRK_BODY") or ""
  local header = os.getenv("WRK_HEADER") or ""
  header_name, header_value = string.match(header, "^([^:]+):%s*(.+)$")
  if #cookies > 0 then
    local i = ((thread_id - 1) % #cookies) + 1
    cookie, token = cookies[i], tokens[i]
  end
  n = 0
end

function request()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  local headers = {}
  if cookie then headers["Cookie"] = "session=" .. cookie end
  if header_name then headers[header_name] = header_value end
  local body = nil
  if method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    local flip = math.floor(n / #paths) % 2
    body = body_template:gsub("{token}", token or ""):gsub("{n}", tostring(n) .. "-" .. tostring(thread_id))
                        :gsub("{flip}", tostring(flip))
  end
  return wrk.format(method, path, headers, body)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "status_errors": %d, "socket_errors": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean))
end
