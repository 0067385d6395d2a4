-- wrk: GET the caseload page with the browser session from $COOKIE.
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["Accept"] = "text/html"
done = require("summary").done
