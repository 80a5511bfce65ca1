-- wrk script of bench/evaluation-submissions.sh: each request submits every answer for one unit with
-- one invitation token, each (token, unit) pair once; the pairs come from a file, split between wrk's
-- threads. Counts 201, 409 and other statuses per thread and sums them when wrk is done.
local threads = {}
local started = 0

function setup(thread)
  started = started + 1
  thread:set("id", started)
  table.insert(threads, thread)
end

function init(args)
  local file, nthreads = args[1], tonumber(args[2])
  work = {}
  local i = 0
  for line in io.lines(file) do
    if i % nthreads == id - 1 then work[#work + 1] = line end
    i = i + 1
  end
  position, created, conflicts, other, exhausted = 0, 0, 0, 0, 0
end

local options = {"SATISFIED", "FAIRLY_SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "UNKNOWN"}

function request()
  position = position + 1
  local line = work[position]
  if line == nil then
    exhausted = exhausted + 1
    return wrk.format("GET", "/actuator/health/liveness")
  end
  local token, unit = line:match("(%S+) (%S+)")
  local answers = {}
  for q = 1, 5 do
    answers[q] = '{"question":"Q' .. q .. '","option":"' .. options[(position + q * q) % 5 + 1] .. '"}'
  end
  return wrk.format("POST", "/api/evaluations/v1/public/invitations/" .. token .. "/responses",
    {["Content-Type"] = "application/json", ["Idempotency-Key"] = token .. "-" .. unit},
    '{"unit":"' .. unit .. '","answers":[' .. table.concat(answers, ",") .. ']}')
end

function response(status, headers, body)
  if status == 201 then created = created + 1
  elseif status == 409 then conflicts = conflicts + 1
  elseif status ~= 200 then other = other + 1 end
end

function done(summary, latency, requests)
  local c, k, o, e = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    c = c + thread:get("created"); k = k + thread:get("conflicts")
    o = o + thread:get("other"); e = e + thread:get("exhausted")
  end
  io.write(string.format("statuses created=%d conflicts=%d other=%d exhausted=%d\n", c, k, o, e))
end
