#!/usr/bin/env python3
"""Clients for bench/cluster that wrk cannot play, each writing one JSON line per event to a file:

  signins URL OUT STOPFILE RATE   sign-ins (POST /api/v1/auth/tokens), each from its own loopback source address
                                  (127.0.1.x), so the balancer's X-Forwarded-For gives every client its own
                                  sign-in limit, as behind a real balancer; RATE per second
  alerts URL OUT STOPFILE         a therapist's live alert stream (GET /therapist/alerts/stream, signed in with the
                                  form, reconnecting 3 s after it ends as a browser does), and every 2 s a client's
                                  risky check-in note: did its alert arrive on the stream, how fast
  drain URL OUT STOPFILE          polls /actuator/health/readiness of one node on a kept-alive connection and on new
                                  connections every 20 ms: when it turns 503, when connections are refused
  report PHASES FILE...           counts per phase (phase boundaries as "name start_epoch" lines)
"""
import http.client
import json
import os
import re
import sys
import threading
import time
import urllib.parse

PASSWORD = "tandem-demo"


def hostport(url):
    u = urllib.parse.urlparse(url)
    return u.hostname, u.port


class Log:
    def __init__(self, path):
        self.file = open(path, "a", buffering=1)
        self.lock = threading.Lock()

    def __call__(self, **event):
        event.setdefault("t", time.time())
        with self.lock:
            self.file.write(json.dumps(event) + "\n")


def request(url, method, path, body=None, headers=None, source=None, timeout=30):
    host, port = hostport(url)
    conn = http.client.HTTPConnection(host, port, timeout=timeout,
                                      source_address=(source, 0) if source else None)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, r.read().decode("utf-8", "replace"), r.getheaders()
    finally:
        conn.close()


def token(url, email, source):
    status, body, _ = request(url, "POST", "/api/v1/auth/tokens",
                              json.dumps({"email": email, "password": PASSWORD}),
                              {"Content-Type": "application/json"}, source)
    if status != 201:
        raise RuntimeError(f"no token for {email}: {status} {body[:200]}")
    return json.loads(body)["token"]


def signins(url, out, stop, rate):
    """An open loop: a sign-in starts every 1/RATE s whether or not the previous ones have answered."""
    log = Log(out)
    interval = 1.0 / float(rate)

    def one(k):
        source = f"127.0.1.{k % 250 + 1}"
        email = ["client@demo.tandem", "client2@demo.tandem", "client3@demo.tandem"][k % 3]
        t0 = time.time()
        try:
            status, _, _ = request(url, "POST", "/api/v1/auth/tokens",
                                   json.dumps({"email": email, "password": PASSWORD}),
                                   {"Content-Type": "application/json", "User-Agent": "bench-cluster"}, source, 10)
            log(t=t0, kind="signin", status=status, ms=(time.time() - t0) * 1000)
        except OSError as e:
            log(t=t0, kind="signin", status=0, error=type(e).__name__, ms=(time.time() - t0) * 1000)

    k = 0
    nxt = time.time()
    while not os.path.exists(stop):
        k += 1
        threading.Thread(target=one, args=(k,), daemon=True).start()
        nxt += interval
        time.sleep(max(0.0, nxt - time.time()))


class Browser:
    """A signed-in browser: cookies, the sign-in form with its CSRF token."""

    def __init__(self, url, email, source):
        self.url, self.source, self.cookies = url, source, {}
        status, page, headers = self.get("/login")
        csrf = re.search(r'name="_csrf"[^>]*value="([^"]+)"', page)
        if not csrf:
            raise RuntimeError(f"no CSRF token on /login ({status})")
        form = urllib.parse.urlencode({"email": email, "password": PASSWORD, "_csrf": csrf.group(1)})
        status, _, headers = self.send("POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
        location = dict((k.lower(), v) for k, v in headers).get("location", "")
        if status // 100 != 3 or "error" in location:
            raise RuntimeError(f"sign-in failed: {status} {location}")

    def remember(self, headers):
        for k, v in headers:
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                self.cookies[name] = rest.split(";")[0]

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def send(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.cookies:
            h["Cookie"] = self.cookie_header()
        status, text, response_headers = request(self.url, method, path, body, h, self.source)
        self.remember(response_headers)
        return status, text, response_headers

    def get(self, path):
        return self.send("GET", path)


def alerts(url, out, stop):
    log = Log(out)
    source = "127.0.2.10"
    alex = token(url, "client@demo.tandem", source)
    maya = token(url, "therapist@demo.tandem", source)
    auth = {"Authorization": "Bearer " + maya, "Content-Type": "application/json"}

    def acknowledge_open():
        status, body, _ = request(url, "GET", "/api/v1/alerts", None, auth, source)
        for alert_id in set(re.findall(r'"id"\s*:\s*"([0-9a-f-]{36})"', body)) if status == 200 else ():
            request(url, "POST", f"/api/v1/alerts/{alert_id}/acknowledgements",
                    '{"outcome":"CONTACTED_CLIENT"}', auth, source)

    acknowledge_open()
    browser = Browser(url, "therapist@demo.tandem", source)
    arrivals = []
    arrived = threading.Condition()

    def stream():
        while not os.path.exists(stop):
            host, port = hostport(url)
            conn = http.client.HTTPConnection(host, port, timeout=70, source_address=(source, 0))
            opened = time.time()
            try:
                conn.request("GET", "/therapist/alerts/stream",
                             headers={"Accept": "text/event-stream", "Cookie": browser.cookie_header()})
                r = conn.getresponse()
                log(kind="stream-open", status=r.status)
                if r.status != 200:
                    time.sleep(3)
                    continue
                while True:
                    line = r.fp.readline()
                    if not line:
                        break
                    text = line.decode("utf-8", "replace")
                    if text.startswith("data:") and '"raised"' in text and "Alex Rivera" in text:
                        m = re.search(r'"alertId"\s*:\s*"([0-9a-f-]{36})"', text)
                        with arrived:
                            arrivals.append((time.time(), m.group(1) if m else None))
                            arrived.notify_all()
                log(kind="stream-end", seconds=time.time() - opened, reason="closed by server")
            except OSError as e:
                log(kind="stream-end", seconds=time.time() - opened, reason=type(e).__name__)
            finally:
                conn.close()
            time.sleep(3)  # the reconnect time the stream announces (retry: 3000)

    threading.Thread(target=stream, daemon=True).start()
    time.sleep(2)
    note = json.dumps({"mood": 2, "note": "Rough week. I have a plan, I just need to pick the day."})
    while not os.path.exists(stop):
        with arrived:
            arrivals.clear()
        t0 = time.time()
        try:
            status, body, _ = request(url, "POST", "/api/v1/checkins", note,
                                      {"Authorization": "Bearer " + alex, "Content-Type": "application/json"}, source)
        except OSError as e:
            log(t=t0, kind="risky-note", status=0, error=type(e).__name__)
            time.sleep(2)
            continue
        if status != 201:
            log(t=t0, kind="risky-note", status=status)
            time.sleep(2)
            continue
        with arrived:
            arrived.wait_for(lambda: arrivals, timeout=10)
            got = arrivals[0] if arrivals else None
        if got:
            log(t=t0, kind="risky-note", status=201, live=True, ms=(got[0] - t0) * 1000)
        else:
            log(t=t0, kind="risky-note", status=201, live=False)
        try:
            acknowledge_open()  # so the next note raises a new alert instead of joining this one
        except OSError:
            pass
        time.sleep(2)


def drain(url, out, stop):
    log = Log(out)
    host, port = hostport(url)
    kept = None
    last_kept, last_new = None, None
    while not os.path.exists(stop):
        try:
            if kept is None:
                kept = http.client.HTTPConnection(host, port, timeout=5)
            kept.request("GET", "/actuator/health/readiness")
            r = kept.getresponse()
            r.read()
            state = str(r.status)
        except OSError as e:
            state = type(e).__name__
            kept = None
        if state != last_kept:
            log(kind="kept-alive connection", state=state)
            last_kept = state
        try:
            status, _, _ = request(url, "GET", "/actuator/health/readiness", timeout=5)
            state = str(status)
        except OSError as e:
            state = type(e).__name__
        if state != last_new:
            log(kind="new connection", state=state)
            last_new = state
        time.sleep(0.02)


def percentile(values, p):
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, int(round(p / 100 * len(values) + 0.5)) - 1))]


def report(phases_file, files):
    phases = []
    for line in open(phases_file):
        name, start = line.split()
        phases.append((name, float(start)))

    def phase_of(t):
        current = None
        for name, start in phases:
            if t >= start:
                current = name
        return current

    events = []
    for f in files:
        if os.path.exists(f):
            events += [json.loads(line) for line in open(f) if line.strip()]
    names = [n for n, _ in phases if n != "end"]
    rows = {}
    for e in events:
        p = phase_of(e["t"])
        if p in (None, "end"):
            continue
        rows.setdefault((e["kind"], p), []).append(e)
    for kind in ("signin", "risky-note"):
        for p in names:
            es = rows.get((kind, p), [])
            ok = [e for e in es if e.get("status") in (200, 201)]
            sock = [e for e in es if e.get("status") == 0]
            other = [e for e in es if e.get("status") not in (0, 200, 201)]
            statuses = {}
            for e in other:
                statuses[e["status"]] = statuses.get(e["status"], 0) + 1
            line = (f"{kind:10s} {p:8s} requests {len(es):5d}  ok {len(ok):5d}  non-2xx {len(other):4d}"
                    f"{(' ' + str(statuses)) if statuses else ''}  socket errors {len(sock):3d}")
            if kind == "signin":
                ms = [e["ms"] for e in ok]
                line += f"  p50 {percentile(ms, 50):7.1f} ms  p99 {percentile(ms, 99):7.1f} ms"
            else:
                live = [e["ms"] for e in ok if e.get("live")]
                line += (f"  alert live on the stream {len(live)}/{len(ok)}"
                         f"  p50 {percentile(live, 50):7.1f} ms  max {max(live) if live else float('nan'):7.1f} ms")
            print(line)
    for p in names:
        ends = rows.get(("stream-end", p), [])
        opens = rows.get(("stream-open", p), [])
        if ends or opens:
            print(f"stream     {p:8s} opened {len(opens)}x (statuses {sorted(set(e['status'] for e in opens))}),"
                  f" ended {len(ends)}x {[(e['reason'], round(e['seconds'], 1)) for e in ends]}")


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "signins":
        signins(*args)
    elif mode == "alerts":
        alerts(*args)
    elif mode == "drain":
        drain(*args)
    elif mode == "report":
        report(args[0], args[1:])
    else:
        sys.exit(__doc__)
