-- wrk: GET the path given on the command line with the bearer token from $TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Accept"] = "application/json"
done = require("summary").done
