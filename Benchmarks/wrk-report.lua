-- wrk script of scripts/bench-web: optionally POSTs a file (WRK_BODY, WRK_TYPE), and prints one
-- line of figures at the end, read by the bench script.
local body_file = os.getenv("WRK_BODY")
if body_file and body_file ~= "" then
  local handle = assert(io.open(body_file, "rb"))
  wrk.method = "POST"
  wrk.body = handle:read("*a")
  handle:close()
  wrk.headers["Content-Type"] = os.getenv("WRK_TYPE") or "application/yaml"
end

-- errors.status counts answers of status 400 and over: no `response` callback, which would
-- make wrk parse every answer in Lua and measure itself.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("WRK requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
