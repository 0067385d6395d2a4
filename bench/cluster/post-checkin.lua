-- wrk: POST a check-in per request (own Idempotency-Key each), and write the id of every acknowledged
-- (201) check-in to $ACK_DIR/<segment>-<thread>.ids, so run.sh can look each one up in the database.
local counter = 0
local thread_id = 0
local ids = nil
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
  math.randomseed(os.time() + id)
  ids = assert(io.open(string.format("%s/%s-%d.ids", os.getenv("ACK_DIR"), os.getenv("SEGMENT"), id), "a"))
  ids:setvbuf("line")
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"mood":%d,"anxiety":%d,"sleepHours":%.1f,"sleepQuality":%d,"energy":%d,"emotions":["calm","tired"],"tags":["work"],"note":"Busy day at work, walked home"}',
    math.random(0, 10), math.random(0, 10), math.random(8, 18) / 2, math.random(1, 5), math.random(0, 10))
  local headers = {}
  headers["Content-Type"] = "application/json"
  headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  headers["Idempotency-Key"] = string.format("cluster-%s-%d-%d-%d", os.getenv("SEGMENT"), os.time(), thread_id, counter)
  return wrk.format("POST", "/api/v1/checkins", headers, body)
end

response = function(status, headers, body)
  if status == 201 then
    local found = string.match(body, '"id"%s*:%s*"([0-9a-f%-]+)"')
    ids:write((found or "NO-ID-IN-BODY") .. "\n")
  end
end

done = require("summary").done
