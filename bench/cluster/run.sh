#!/usr/bin/env bash
# Three Tandem nodes on one PostgreSQL behind HAProxy (deploy/haproxy.cfg), a mixed load through the balancer,
# kill -9 of one node at a third of the run, restart at two thirds, a graceful stop at the end; then checks that
# every acknowledged write is in the database and that no scheduled task was delivered twice.
# Run from anywhere: bench/cluster/run.sh   (PostgreSQL at 127.0.0.1:5432, trust auth for postgres; see README.md)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BASE_PORT="${BASE_PORT:-18700}"
LB_PORT="$BASE_PORT"
STATS_PORT=$((BASE_PORT + 9))
LB="http://127.0.0.1:$LB_PORT"
JAR="${JAR:-}"
DB="${DB:-cluster_bench}"
DURATION="${DURATION:-60}"       # the three phases around the kill; the graceful stop adds half a phase
SEG=$((DURATION / 3))
CONNECTIONS="${CONNECTIONS:-16}" # check-in writers
READ_CONNECTIONS="${READ_CONNECTIONS:-4}"
SIGNIN_RATE="${SIGNIN_RATE:-1}"  # sign-ins per second (Argon2: each costs tens of ms of CPU)
HABITS="${HABITS:-20}"
REMINDERS_PER_HABIT="${REMINDERS_PER_HABIT:-15}"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
WORK="$(mktemp -d /tmp/cluster-bench.XXXXXX)"
ACK="$WORK/acknowledged"; mkdir -p "$ACK"
# summary.lua and get.lua are bench/checkin's; post-checkin.lua here also records acknowledged ids
export LUA_PATH="$HERE/?.lua;$ROOT/bench/checkin/?.lua;;"
declare -A NODE_PID=()
HAPROXY_PID=""
HELPER_PIDS=()

cleanup() {
  touch "$WORK/stop"
  for pid in "${HELPER_PIDS[@]}" "$HAPROXY_PID" "${NODE_PID[@]}"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  for pid in "${HELPER_PIDS[@]}" "$HAPROXY_PID" "${NODE_PID[@]}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
install() { echo "Installing $1..."; apt-get install -y "$1" >/dev/null 2>&1 || sudo apt-get install -y "$1" >/dev/null; }
need wrk || install wrk
need haproxy || install haproxy
for tool in psql curl python3 java; do need "$tool" || { echo "Missing $tool" >&2; exit 1; }; done

if [ -z "$JAR" ]; then
  echo "== Building the jar"
  (cd "$ROOT" && ./mvnw -q -B -o -DskipTests package)
  JAR="$ROOT/target/tandem.jar"
fi
for port in "$LB_PORT" $((BASE_PORT + 1)) $((BASE_PORT + 2)) $((BASE_PORT + 3)) "$STATS_PORT"; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "Port $port is in use; set BASE_PORT=..." >&2; exit 1; fi
done
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$(now) - $1:.1f}')"; }
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "== Fresh database $DB; work directory $WORK"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# Same database, same keys on every node; each its own data directory (as on separate machines).
CRYPTO_KEY="k1:$(python3 -c 'import base64,os;print(base64.b64encode(os.urandom(32)).decode())')"
AUDIT_KEY="$(python3 -c 'import base64,os;print(base64.b64encode(os.urandom(32)).decode())')"
node_env() { # node number: the settings of deploy/tandem.env.example that matter here
  echo TANDEM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" TANDEM_DB_USER=postgres TANDEM_DB_PASSWORD= \
    TANDEM_DB_POOL=10 TANDEM_CRYPTO_KEYS="$CRYPTO_KEY" TANDEM_AUDIT_KEY="$AUDIT_KEY" \
    TANDEM_DATA_DIR="$WORK/node$1" TANDEM_ADDRESS=127.0.0.1 TANDEM_TRUSTED_PROXIES=127.0.0.1/32 \
    TANDEM_BASE_URL="$LB"
}
start_node() { # number demo
  local port=$((BASE_PORT + $1))
  # heartbeat 2 s: db-scheduler takes over a dead node's picked tasks after 6 missed heartbeats (12 s here,
  # 6 minutes with the default 1 minute), so the run can check them before it ends
  env $(node_env "$1") java -Xmx512m -jar "$JAR" --server.port="$port" --tandem.demo.enabled="$2" \
    --db-scheduler.scheduler-name="node$1" --db-scheduler.heartbeat-interval=2s \
    --logging.level.app.tandem=WARN --logging.level.app.tandem.demo=INFO \
    --logging.level.app.tandem.habit.internal.ReminderDispatcher=INFO >>"$WORK/node$1.log" 2>&1 &
  NODE_PID[$1]=$!
}
wait_ready() { # number timeout
  local port=$((BASE_PORT + $1))
  for _ in $(seq 1 "${2:-600}"); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then return 0; fi
    kill -0 "${NODE_PID[$1]}" 2>/dev/null || { echo "Node $1 stopped:"; tail -40 "$WORK/node$1.log"; exit 1; }
    sleep 1
  done
  echo "Node $1 did not become ready"; tail -40 "$WORK/node$1.log"; exit 1
}

echo "== Node 1 (seeds the demo practice), then nodes 2 and 3"
t0="$(now)"; start_node 1 true; wait_ready 1
# Readiness turns UP only after the ApplicationReadyEvent listeners, the demo seeding among them.
grep -q "Seeding the demo practice" "$WORK/node1.log" && echo "   node 1 ready after $(elapsed "$t0") s (demo seeded)"
t0="$(now)"; start_node 2 false; start_node 3 false; wait_ready 2; wait_ready 3
echo "   nodes 2 and 3 ready after $(elapsed "$t0") s"

echo "== HAProxy from deploy/haproxy.cfg (TLS, user and syslog taken out; ports and paths rewritten)"
python3 - "$ROOT/deploy/haproxy.cfg" "$WORK/haproxy.cfg" "$BASE_PORT" "$WORK" <<'PY'
import sys
source, target, base, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
cfg = open(source).read()
def swap(old, new):
    global cfg
    assert old in cfg, f"deploy/haproxy.cfg no longer contains: {old}"
    cfg = cfg.replace(old, new)
swap("    log /dev/log local0\n", "    log stdout format raw local0\n")
swap("    user haproxy\n    group haproxy\n    daemon\n", "")
swap("/run/haproxy/admin.sock", f"{work}/haproxy.sock")
swap("    bind :443 ssl crt /etc/haproxy/certs/care.example.org.pem alpn h2,http/1.1\n", "")
swap("    bind :80\n", f"    bind 127.0.0.1:{base}\n")
swap("    http-request redirect scheme https code 301 unless { ssl_fc }\n", "")
for n in (1, 2, 3):
    swap(f"10.0.0.1{n}:8080", f"127.0.0.1:{base + n}")
swap("bind 127.0.0.1:8404", f"bind 127.0.0.1:{base + 9}")
open(target, "w").write(cfg)
PY
haproxy -c -q -f "$WORK/haproxy.cfg"
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
HAPROXY_PID=$!
servers_up() { curl -fs "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, '$1=="tandem" && $2 ~ /^node/ && $18=="UP"' | wc -l; }
for _ in $(seq 1 30); do [ "$(servers_up)" = 3 ] && break; sleep 1; done
echo "   $(servers_up) of 3 nodes UP in HAProxy's readiness checks"

# Tokens through the balancer, each from its own loopback address (the sign-in limit is per address).
token() { # email source-address
  curl -fs --interface "$2" -X POST "$LB/api/v1/auth/tokens" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"tandem-demo\"}" | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])'
}
WRITER="$(token client3@demo.tandem 127.0.2.1)"
READER="$(token client2@demo.tandem 127.0.2.2)"
ALEX="$(token client@demo.tandem 127.0.2.3)"

echo "== $HABITS habits for Alex (API), $((HABITS * REMINDERS_PER_HABIT)) reminder occurrences planted due during the run"
for i in $(seq 1 "$HABITS"); do
  curl -fs -X POST "$LB/api/v1/habits" -H "Authorization: Bearer $ALEX" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Stretch $i\",\"cadence\":\"DAILY\",\"times\":[\"08:00\"]}" \
    | python3 -c 'import json,sys;print(json.load(sys.stdin)["id"])' >>"$WORK/habits.txt"
done
"${PSQL[@]}" -d "$DB" -c "CREATE TABLE bench_habit (id uuid)" -c "\\copy bench_habit FROM '$WORK/habits.txt'"

echo "== Sign-in and alert-stream clients through the balancer (they run until the end; counted from the first phase)"
python3 "$HERE/clients.py" signins "$LB" "$WORK/events.jsonl" "$WORK/stop" "$SIGNIN_RATE" 2>>"$WORK/clients.err" &
HELPER_PIDS+=($!)
python3 "$HERE/clients.py" alerts "$LB" "$WORK/events.jsonl" "$WORK/stop" 2>>"$WORK/clients.err" &
HELPER_PIDS+=($!)

result() { grep '^RESULT' "$1" | sed 's/^RESULT //'; }
load() { # segment base-url seconds: check-in writes and trend reads at once
  SEGMENT="$1" ACK_DIR="$ACK" TOKEN="$WRITER" wrk -t2 -c"$CONNECTIONS" -d"${3}s" --timeout 10s \
    -s "$HERE/post-checkin.lua" "$2" >"$WORK/wrk-write-$1.txt" 2>&1 &
  local writes=$!
  TOKEN="$READER" wrk -t1 -c"$READ_CONNECTIONS" -d"${3}s" --timeout 10s -s "$ROOT/bench/checkin/get.lua" \
    "$2/api/v1/checkins/trends?days=90" >"$WORK/wrk-read-$1.txt" 2>&1 &
  local reads=$!
  wait "$writes" "$reads"
}

echo "== Warm-up through the balancer (10 s)"
load warmup "$LB" 10
echo "== Baseline: the same load against node 1 directly, no balancer (${SEG} s)"
load direct "http://127.0.0.1:$((BASE_PORT + 1))" "$SEG"
echo "   writes $(result "$WORK/wrk-write-direct.txt")"
echo "   reads  $(result "$WORK/wrk-read-direct.txt")"

# Reminder occurrences as the app plans them (task habit-reminder, instance <habit>/<version>/<due epoch>),
# due evenly over the three phases: some fire on the node that is killed.
"${PSQL[@]}" -d "$DB" -At -c "
CREATE TABLE bench_planted AS
SELECT h.id AS habit_id, h.version, date_trunc('second', now()
         + make_interval(secs => (5 + (k * $HABITS + h.n - 1) * 3.0 * $SEG / ($HABITS * $REMINDERS_PER_HABIT))::double precision)) AS due_at
FROM (SELECT id, version, row_number() OVER (ORDER BY id) AS n FROM habit WHERE id IN (SELECT id FROM bench_habit)) h,
     generate_series(0, $REMINDERS_PER_HABIT - 1) k;
INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version)
SELECT 'habit-reminder', habit_id || '/' || version || '/' || extract(epoch FROM due_at)::bigint, NULL, due_at, false, 1
FROM bench_planted;
SELECT '   ' || count(*) || ' occurrences planted, due from ' || to_char(min(due_at), 'HH24:MI:SS') || ' to ' || to_char(max(due_at), 'HH24:MI:SS') FROM bench_planted"

echo "== Mixed load through the balancer: ${SEG} s before, ${SEG} s during (kill -9 node 2), ${SEG} s after (restart)"
for _ in $(seq 1 300); do grep -q '"risky-note"' "$WORK/events.jsonl" 2>/dev/null && break; sleep 1; done
grep -q '"stream-open"' "$WORK/events.jsonl" || { echo "The alert client did not get going:"; cat "$WORK/clients.err"; exit 1; }
# a client polling node 3's readiness directly, for the graceful stop at the end
python3 "$HERE/clients.py" drain "http://127.0.0.1:$((BASE_PORT + 3))" "$WORK/drain.jsonl" "$WORK/stop" 2>>"$WORK/clients.err" &
HELPER_PIDS+=($!)
echo "before $(now)" >"$WORK/phases"
load before "$LB" "$SEG"
echo "during $(now)" >>"$WORK/phases"
( sleep 2; kill -9 "${NODE_PID[2]}"; echo "   kill -9 node 2 at $(date +%T)" ) &
KILLER=$!
load during "$LB" "$SEG"
wait "$KILLER"
{ wait "${NODE_PID[2]}"; } 2>/dev/null || true
echo "after $(now)" >>"$WORK/phases"
echo "   restarting node 2 at $(date +%T)"
t0="$(now)"; start_node 2 false
load after "$LB" "$SEG"
wait_ready 2 600; echo "   node 2 ready $(elapsed "$t0") s after its restart"

echo "== Graceful stop of node 3 under load (SIGTERM, as systemctl stop does), $((SEG / 2)) s"
echo "graceful $(now)" >>"$WORK/phases"
( sleep 2; echo "sigterm $(now)" >>"$WORK/drain-times"; kill -TERM "${NODE_PID[3]}"
  while kill -0 "${NODE_PID[3]}" 2>/dev/null; do sleep 0.05; done; echo "exit $(now)" >>"$WORK/drain-times" ) &
STOPPER=$!
load graceful "$LB" $((SEG / 2))
wait "$STOPPER" || true
NODE3_STATUS=0; wait "${NODE_PID[3]}" 2>/dev/null || NODE3_STATUS=$?
echo "status $NODE3_STATUS" >>"$WORK/drain-times"
echo "end $(now)" >>"$WORK/phases"
touch "$WORK/stop"
for pid in "${HELPER_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
HELPER_PIDS=()

echo "== Waiting for the planted reminders (tasks of the killed node are taken over after 12 s)"
for _ in $(seq 1 60); do
  left="$("${PSQL[@]}" -d "$DB" -At -c "SELECT count(*) FROM bench_planted p WHERE NOT EXISTS
    (SELECT 1 FROM habit_reminder r WHERE r.habit_id = p.habit_id AND r.due_at = p.due_at)")"
  [ "$left" = 0 ] && break; sleep 1
done
sleep 4 # one more email dispatch round (every 3 s)

echo "== Checks"
cat "$ACK"/*.ids | sort -u >"$WORK/acknowledged.txt"
"${PSQL[@]}" -d "$DB" -c "CREATE TABLE bench_ack (id text)" -c "\\copy bench_ack FROM '$WORK/acknowledged.txt'"
CHECKS="$("${PSQL[@]}" -d "$DB" -At -F ' ' -c "
SELECT 'acked', count(*), count(*) FILTER (WHERE c.id IS NULL) FROM bench_ack a LEFT JOIN checkin c ON c.id::text = a.id;
SELECT 'planted', count(*),
  count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM habit_reminder r WHERE r.habit_id = p.habit_id AND r.due_at = p.due_at))
  FROM bench_planted p;
SELECT 'notifications', count(*), count(*) FILTER (WHERE n > 1), count(*) FILTER (WHERE n = 0) FROM (
  SELECT r.id, (SELECT count(*) FROM notification x WHERE x.link = '/client/habits?reminder=' || r.id) AS n
  FROM habit_reminder r JOIN bench_planted p ON p.habit_id = r.habit_id AND p.due_at = r.due_at
  WHERE r.status = 'DELIVERED') t;
SELECT 'emails', count(*), count(*) FILTER (WHERE n > 1) FROM (
  SELECT reference, count(*) AS n FROM outbound_email WHERE reference LIKE 'habit-reminder:%' GROUP BY reference) t;
SELECT 'mailbox', count(*), count(*) FILTER (WHERE n > 1) FROM (
  SELECT e.id, (SELECT count(*) FROM dev_mailbox m WHERE m.email_id = e.id) AS n
  FROM outbound_email e WHERE e.reference LIKE 'habit-reminder:%' AND e.status <> 'PENDING') t;
SELECT 'pending', count(*) FROM outbound_email WHERE reference LIKE 'habit-reminder:%' AND status = 'PENDING';
SELECT 'stuck', count(*) || ' ' || coalesce(string_agg(task_name || ' by ' || picked_by, ', '), '') FROM scheduled_tasks WHERE picked;")"
line() { echo "$CHECKS" | grep "^$1 " | cut -d' ' -f2-; }
ALREADY="$(cat "$WORK"/node*.log | grep -c "already fired elsewhere" || true)"
echo "== audit-verify (the sealer ran on whichever node held the audit-seal task)"
sleep 2
env $(node_env 1) java -jar "$JAR" audit-verify --logging.level.root=WARN >"$WORK/audit-verify.txt" 2>&1 || true
grep -v "^\s*$" "$WORK/audit-verify.txt" | grep -iv "warn\|info" | tail -5 | sed 's/^/   /'

echo
echo "================ Summary ($(date -u '+%Y-%m-%d %H:%M UTC'); load average before the run: ${LOAD_BEFORE:-$(cut -d' ' -f1-3 /proc/loadavg)}) ================"
python3 - "$WORK" "$SEG" <<'PY'
import sys
work, seg = sys.argv[1], int(sys.argv[2])
def parse(path):
    for l in open(path):
        if l.startswith("RESULT "):
            return {k: float(v) for k, v in (p.split("=") for p in l.split()[1:])}
    return None
print(f"{'phase':9s} {'endpoint':32s} {'req/s':>8s} {'p50 ms':>8s} {'p99 ms':>8s} {'non-2xx':>8s} {'socket errors':>14s}")
rows = {}
for phase, label in (("direct", "direct (node 1, no balancer)"), ("before", "before the kill"),
                     ("during", "during (node 2 killed at +2 s)"), ("after", "after (node 2 restarted)"),
                     ("graceful", "graceful stop of node 3 at +2 s")):
    for kind, endpoint in (("write", "POST /api/v1/checkins"), ("read", "GET trends?days=90")):
        r = parse(f"{work}/wrk-{kind}-{phase}.txt")
        rows[(phase, kind)] = r
        if r is None:
            print(f"{phase:9s} {endpoint:32s} (no result)")
            continue
        print(f"{phase:9s} {endpoint:32s} {r['rps']:8.1f} {r['p50']:8.2f} {r['p99']:8.2f} {int(r['non2xx']):8d} {int(r['errors'] - r['non2xx']):14d}")
    if phase == "direct":
        print(f"{'':9s} ({label})")
    else:
        print(f"{'':9s} ({label})")
d, b = rows[("direct", "write")], rows[("before", "write")]
dr, br = rows[("direct", "read")], rows[("before", "read")]
if d and b:
    print(f"ratio three nodes behind HAProxy / one node direct, same machine: writes {b['rps'] / d['rps']:.2f}, "
          f"reads {br['rps'] / dr['rps']:.2f}; write p99 {b['p99'] / d['p99']:.2f}x")
PY
python3 "$HERE/clients.py" report "$WORK/phases" "$WORK/events.jsonl"
read -r ACKED MISSING <<<"$(line acked)"
read -r PLANTED UNFIRED <<<"$(line planted)"
read -r DELIVERED DOUBLE_NOTIFIED NOT_NOTIFIED <<<"$(line notifications)"
read -r EMAIL_REFS DOUBLE_QUEUED <<<"$(line emails)"
read -r EMAILS_DONE DOUBLE_SENT <<<"$(line mailbox)"
echo "acknowledged writes: $ACKED, missing: $MISSING"
echo "planted reminder occurrences: $PLANTED, not fired: $UNFIRED; delivered $DELIVERED: notified twice $DOUBLE_NOTIFIED, not notified $NOT_NOTIFIED"
echo "reminder emails: $EMAIL_REFS queued, queued twice $DOUBLE_QUEUED; $EMAILS_DONE dispatched, dispatched twice $DOUBLE_SENT; still pending $(line pending) (a claim of the killed node waits for its 10-minute lease)"
echo "reminder occurrences run a second time and stopped by the unique key ('already fired elsewhere'): $ALREADY"
echo "scheduled tasks marked picked at the end (nodes 1 and 2 still run): $(line stuck)"
echo "audit chains: $(grep -E "intact|BROKEN" "$WORK/audit-verify.txt" | tail -1)"
python3 - "$WORK" <<'PY'
import json, sys
work = sys.argv[1]
times = dict((l.split()[0], float(l.split()[1])) for l in open(f"{work}/drain-times"))
print(f"graceful stop of node 3: exited {times.get('exit', float('nan')) - times['sigterm']:.1f} s after SIGTERM "
      f"(exit status {int(times.get('status', -1))}); its readiness as seen by a client polling it directly:")
last = {}
for l in open(f"{work}/drain.jsonl"):
    e = json.loads(l)
    if e["t"] < times["sigterm"]:
        last[e["kind"]] = e
        continue
    for kind, before in sorted(last.items()):
        print(f"   before SIGTERM      {kind:22s} {before['state']}")
    last = {}
    print(f"   +{e['t'] - times['sigterm']:6.3f} s  {e['kind']:22s} {e['state']}")
PY
python3 - "$WORK" <<'PY'
import datetime, re, sys
work = sys.argv[1]
phases = [(l.split()[0], float(l.split()[1])) for l in open(f"{work}/phases")]
def phase(t):
    name = None
    for n, start in phases:
        if t >= start:
            name = n
    return name if name != "end" else "after the end"
cut, events = {}, []
for line in open(f"{work}/haproxy.log"):
    m = re.match(r"\S+ \[(\S+)\] tandem_https (\S+) \S+ (-?\d+) \S+ \S+ \S+ (\S{4})", line)
    if m:
        t = datetime.datetime.strptime(m.group(1), "%d/%b/%Y:%H:%M:%S.%f").replace(tzinfo=datetime.timezone.utc).timestamp()
        status, flags = m.group(3), m.group(4)
        if flags != "----" and not flags.startswith("C") and phase(t):  # C: wrk closing at the end of a phase
            key = (phase(t), m.group(2), status, flags)
            cut[key] = cut.get(key, 0) + 1
    m = re.match(r"Server (\S+) is (UP|DOWN)", line)
    if m and m.group(1).startswith("tandem/"):
        events.append(f"{m.group(1)} {m.group(2)}")
print("HAProxy log, requests not answered in full by a node (phase, node, status, termination flags):",
      ", ".join(f"{p} {n} {s} {f} x{c}" for (p, n, s, f), c in sorted(cut.items())) or "none")
print("HAProxy's checks, in order:", "; ".join(events))
PY
echo "(raw outputs in $WORK)"
