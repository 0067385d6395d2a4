-- wrk: POST a check-in per request, each with its own Idempotency-Key (so every request saves a row).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  math.randomseed(os.time() + id)
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"mood":%d,"anxiety":%d,"sleepHours":%.1f,"sleepQuality":%d,"energy":%d,"emotions":["calm","tired"],"tags":["work"],"note":"Busy day at work, walked home"}',
    math.random(0, 10), math.random(0, 10), math.random(8, 18) / 2, math.random(1, 5), math.random(0, 10))
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", os.time(), thread_id, counter)
  return wrk.format("POST", "/api/v1/checkins", headers, body)
end

done = require("summary").done
