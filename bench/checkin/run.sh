#!/usr/bin/env bash
# Check-in benchmarks: API writes against raw PostgreSQL inserts, and the trends read against a baseline.
# Run from anywhere: bench/checkin/run.sh   (needs PostgreSQL at 127.0.0.1:5432 with trust auth for postgres)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PORT="${PORT:-18640}"
JAR="${JAR:-}"
BASE="http://127.0.0.1:$PORT"
DB="${DB:-tandem_bench}"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-32}"
READ_CONNECTIONS="${READ_CONNECTIONS:-8}"
PROFILE="${PROFILE:-0}"          # 1: record the write phase with JFR and print where the request threads' CPU went
WORK="$(mktemp -d)"
export LUA_PATH="$HERE/?.lua;;"
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
if ! need wrk; then echo "Installing wrk..."; sudo apt-get install -y wrk >/dev/null || apt-get install -y wrk >/dev/null; fi
for tool in pgbench psql curl python3 java mvn; do need "$tool" || { echo "Missing $tool" >&2; exit 1; }; done

if [ -z "$JAR" ]; then
  echo "== Building the jar"
  (cd "$ROOT" && mvn -q -o -DskipTests package)
  JAR="$ROOT/target/tandem.jar"
fi
if curl -s -o /dev/null "$BASE/"; then echo "Port $PORT is already in use; set PORT=..." >&2; exit 1; fi

echo "== Fresh database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

echo "== Starting Tandem on $BASE with demo data"
KEY="bench:$(python3 -c 'import base64,os;print(base64.b64encode(os.urandom(32)).decode())')"
TANDEM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" TANDEM_DB_USER=postgres TANDEM_DB_PASSWORD= \
TANDEM_CRYPTO_KEYS="$KEY" TANDEM_DATA_DIR="$WORK/data" \
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --tandem.demo.enabled=true \
  --logging.level.app.tandem=WARN --logging.level.app.tandem.demo=INFO >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped:"; tail -50 "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "The app did not start"; tail -50 "$WORK/app.log"; exit 1; }
grep -o "Seeded [0-9]* demo check-ins in [0-9]* ms" "$WORK/app.log" || true

token() {
  curl -fs -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"tandem-demo\"}" | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])'
}
CLIENT_TOKEN="$(token client@demo.tandem)"
READER_TOKEN="$(token client2@demo.tandem)"

result() { grep '^RESULT' "$1" | sed 's/^RESULT //'; }
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }

echo "== Warm-up"
TOKEN="$CLIENT_TOKEN" wrk -t2 -c8 -d5s -s "$HERE/post-checkin.lua" --timeout 5s "$BASE" >/dev/null
TOKEN="$READER_TOKEN" wrk -t2 -c4 -d3s -s "$HERE/get.lua" "$BASE/api/v1/me" >/dev/null

echo "== wrk: POST /api/v1/checkins, $CONNECTIONS connections, ${DURATION}s"
if [ "$PROFILE" = 1 ]; then
  jcmd "$APP_PID" JFR.start name=writes settings=profile filename="$WORK/writes.jfr" >/dev/null
fi
TOKEN="$CLIENT_TOKEN" wrk -t4 -c"$CONNECTIONS" -d"${DURATION}s" -s "$HERE/post-checkin.lua" --timeout 10s "$BASE" >"$WORK/wrk-post.txt"
if [ "$PROFILE" = 1 ]; then
  jcmd "$APP_PID" JFR.stop name=writes >/dev/null
fi
API="$(result "$WORK/wrk-post.txt")"; echo "   $API"

echo "== pgbench: the same single-row insert, $CONNECTIONS clients, ${DURATION}s"
IDS="$("${PSQL[@]}" -d "$DB" -At -c "SELECT practice_id, id FROM app_user WHERE email = 'client3@demo.tandem'")"
PRACTICE="${IDS%%|*}"
(cd "$WORK" && pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CONNECTIONS" -j 4 -T "$DURATION" \
  -D practice="$PRACTICE" -D note="enc:v1:bench:$(head -c 60 /dev/urandom | base64 | tr -d '\n/+=')" -D client="$(python3 -c 'import uuid;print(uuid.uuid4())')" \
  -f "$HERE/pgbench-insert.sql" -l --log-prefix=pglog "$DB" >"$WORK/pgbench.txt" 2>&1)
PG="$(cat "$WORK"/pglog.* | python3 -c '
import sys
lat = sorted(int(l.split()[2]) for l in sys.stdin if l.strip())
def p(q): return lat[min(len(lat) - 1, int(q * len(lat)))] / 1000
print("p50=%.2f p95=%.2f p99=%.2f" % (p(0.50), p(0.95), p(0.99)))')"
PG_TPS="$(grep -o 'tps = [0-9.]*' "$WORK/pgbench.txt" | head -1 | cut -d' ' -f3)"
PG="rps=$PG_TPS $PG"; echo "   $PG"

echo "== Two years of daily check-ins for Sam (client2@demo.tandem), for the trends read"
"${PSQL[@]}" -d "$DB" -c "
INSERT INTO checkin (id, practice_id, client_id, recorded_at, local_date, time_zone, mood, anxiety, sleep_hours,
  sleep_quality, energy, emotions, tags, note, safety_level, submission_key, created_at)
SELECT gen_random_uuid(), u.practice_id, u.id, ((current_date - g) + time '08:30') AT TIME ZONE 'America/New_York',
  current_date - g, 'America/New_York', (5 + 3 * sin(g / 9.0) + random() * 2)::int, (random() * 10)::int,
  5 + (random() * 8)::int / 2.0, 1 + (random() * 4)::int, (random() * 10)::int, 'calm', 'work', NULL, 'NONE',
  'bench2y:' || g, now()
FROM app_user u, generate_series(1, 730) g WHERE u.email = 'client2@demo.tandem';"
"${PSQL[@]}" -d "$DB" -c "ANALYZE checkin"
"${PSQL[@]}" -d "$DB" -At -c "SELECT 'Sam has ' || count(*) || ' check-ins from ' || min(local_date) || ' to ' || max(local_date) FROM checkin c JOIN app_user u ON u.id = c.client_id WHERE u.email = 'client2@demo.tandem'"

echo "== wrk: baseline GET /api/v1/me, $READ_CONNECTIONS connections, ${DURATION}s"
TOKEN="$READER_TOKEN" wrk -t2 -c"$READ_CONNECTIONS" -d"${DURATION}s" -s "$HERE/get.lua" "$BASE/api/v1/me" >"$WORK/wrk-me.txt"
ME="$(result "$WORK/wrk-me.txt")"; echo "   $ME"
echo "== wrk: GET /api/v1/checkins/trends?days=365 (4 SVG charts, table data, insights), $READ_CONNECTIONS connections, ${DURATION}s"
TOKEN="$READER_TOKEN" wrk -t2 -c"$READ_CONNECTIONS" -d"${DURATION}s" -s "$HERE/get.lua" "$BASE/api/v1/checkins/trends?days=365" >"$WORK/wrk-trends.txt"
TRENDS="$(result "$WORK/wrk-trends.txt")"; echo "   $TRENDS"

echo
echo "================ Summary ================"
python3 - "$API" "$PG" "$ME" "$TRENDS" <<'PY'
import sys
def parse(s): return {k: float(v) for k, v in (p.split("=") for p in s.split())}
api, pg, me, tr = (parse(a) for a in sys.argv[1:])
print(f"Write  API  POST /api/v1/checkins : {api['rps']:8.1f} req/s  p50 {api['p50']:6.2f} ms  p99 {api['p99']:7.2f} ms  (errors {int(api['errors'])}, non-2xx {int(api['non2xx'])})")
print(f"Write  pgbench single-row insert   : {pg['rps']:8.1f} tx/s   p50 {pg['p50']:6.2f} ms  p99 {pg['p99']:7.2f} ms")
ratio = api['rps'] / pg['rps']
print(f"       API / pgbench throughput     : {ratio:.2f}  (goal >= 0.5: {'met' if ratio >= 0.5 else 'NOT met'});  API p99 < 50 ms: {'met' if api['p99'] < 50 else 'NOT met'}")
print(f"Read   baseline GET /api/v1/me      : {me['rps']:8.1f} req/s  p95 {me['p95']:6.2f} ms")
print(f"Read   GET trends?days=365 (2 years): {tr['rps']:8.1f} req/s  p95 {tr['p95']:6.2f} ms  (goal < 50 ms: {'met' if tr['p95'] < 50 else 'NOT met'})")
print(f"       trends p95 / baseline p95    : {tr['p95'] / me['p95']:.1f}x")
PY
if [ "$PROFILE" = 1 ]; then
  echo
  echo "================ Profile of the write phase (JFR, settings=profile) ================"
  python3 "$HERE/jfr-summary.py" "$WORK/writes.jfr"
fi
echo "(raw outputs in $WORK)"
