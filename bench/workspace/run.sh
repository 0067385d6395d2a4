#!/usr/bin/env bash
# Workspace reads with two years of history: the client timeline (first and a deep page) and the pre-session brief,
# against the GET /api/v1/me baseline, on PostgreSQL. Run from anywhere: bench/workspace/run.sh
# (needs PostgreSQL at 127.0.0.1:5432 with trust auth for postgres, wrk, curl, python3, java).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PORT="${PORT:-18650}"
JAR="${JAR:-}"
BASE="http://127.0.0.1:$PORT"
DB="${DB:-tandem_bench_workspace}"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-4}"
WORK="$(mktemp -d)"
export LUA_PATH="$ROOT/bench/checkin/?.lua;;"
GET_LUA="$ROOT/bench/checkin/get.lua"
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

for tool in wrk psql curl python3 java; do command -v "$tool" >/dev/null || { echo "Missing $tool" >&2; exit 1; }; done
if [ -z "$JAR" ]; then
  echo "== Building the jar"
  (cd "$ROOT" && ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package)
  JAR="$ROOT/target/tandem.jar"
fi
if curl -s -o /dev/null "$BASE/"; then echo "Port $PORT is already in use; set PORT=..." >&2; exit 1; fi

echo "== Fresh database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

echo "== Starting Tandem on $BASE with demo data"
KEY="bench:$(python3 -c 'import base64,os;print(base64.b64encode(os.urandom(32)).decode())')"
TANDEM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" TANDEM_DB_USER=postgres TANDEM_DB_PASSWORD= \
TANDEM_CRYPTO_KEYS="$KEY" TANDEM_DATA_DIR="$WORK/data" \
  java -Xmx768m -jar "$JAR" --server.port="$PORT" --tandem.demo.enabled=true \
  --logging.level.app.tandem=WARN >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped:"; tail -50 "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "The app did not start"; tail -50 "$WORK/app.log"; exit 1; }

echo "== Two years of history for Alex (client@demo.tandem): daily check-ins, weekly PHQ-9 and GAD-7, technique uses"
"${PSQL[@]}" -d "$DB" -c "
INSERT INTO checkin (id, practice_id, client_id, recorded_at, local_date, time_zone, mood, anxiety, sleep_hours,
  sleep_quality, energy, emotions, tags, note, safety_level, submission_key, created_at)
SELECT gen_random_uuid(), u.practice_id, u.id, ((current_date - g) + time '07:45') AT TIME ZONE 'America/New_York',
  current_date - g, 'America/New_York', (5 + 3 * sin(g / 9.0) + random() * 2)::int, (random() * 10)::int,
  5 + (random() * 8)::int / 2.0, 1 + (random() * 4)::int, (random() * 10)::int, 'calm', 'work', NULL, 'NONE',
  'bench2y:' || g, now()
FROM app_user u, generate_series(15, 745) g WHERE u.email = 'client@demo.tandem';
INSERT INTO measure_response (id, practice_id, client_id, instrument_code, instrument_version, status, total, band,
  counted_items, started_at, updated_at, completed_at)
SELECT gen_random_uuid(), u.practice_id, u.id, c.code, '1', 'COMPLETE', c.total, c.band, c.items,
  now() - (g * 7 + 20) * interval '1 day', now() - (g * 7 + 20) * interval '1 day', now() - (g * 7 + 20) * interval '1 day'
FROM app_user u, generate_series(0, 104) g,
  (VALUES ('phq9', 12, 'moderate', 9), ('gad7', 8, 'mild', 7)) AS c(code, total, band, items)
WHERE u.email = 'client@demo.tandem';
INSERT INTO coping_use (id, practice_id, client_id, technique_id, technique_version, distress_before, distress_after,
  duration_seconds, completed, assigned, shared, safety_level, used_at, submission_key, request_hash)
SELECT gen_random_uuid(), u.practice_id, u.id, 'paced-breathing', '1', 7, 4, 120, TRUE, FALSE, FALSE, 'NONE',
  now() - (g * 1.5 + 15) * interval '1 day', 'bench2y:' || g, 'x'
FROM app_user u, generate_series(0, 480) g WHERE u.email = 'client@demo.tandem';
ANALYZE checkin; ANALYZE measure_response; ANALYZE coping_use;"
ALEX="$("${PSQL[@]}" -d "$DB" -At -c "SELECT id FROM app_user WHERE email = 'client@demo.tandem'")"
"${PSQL[@]}" -d "$DB" -At -c "SELECT 'Alex: ' || (SELECT count(*) FROM checkin WHERE client_id = '$ALEX') || ' check-ins, '
  || (SELECT count(*) FROM measure_response WHERE client_id = '$ALEX') || ' questionnaires, '
  || (SELECT count(*) FROM coping_use WHERE client_id = '$ALEX') || ' technique uses'"

TOKEN="$(curl -fs -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"email":"therapist@demo.tandem","password":"tandem-demo"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')"
export TOKEN

echo "== A cursor 20 pages (1,000 entries) deep"
CURSOR=""
for _ in $(seq 1 20); do
  CURSOR="$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/clients/$ALEX/timeline?limit=50${CURSOR:+&before=$CURSOR}" \
    | python3 -c 'import json,sys;print(json.load(sys.stdin)["next"] or "")')"
done
DEEP="$BASE/api/v1/clients/$ALEX/timeline?limit=50&before=$CURSOR"
curl -fs -H "Authorization: Bearer $TOKEN" "$DEEP" | python3 -c 'import json,sys;e=json.load(sys.stdin)["entries"];print("   page 21 starts at", e[0]["at"], "with", len(e), "entries")'

result() { grep '^RESULT' "$1" | sed 's/^RESULT //'; }
run() { # name url
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$GET_LUA" --timeout 5s "$2" >"$WORK/$1.txt"
  local r; r="$(result "$WORK/$1.txt")"; echo "   $1: $r"; echo "$1 $r" >>"$WORK/results"
}
echo "== Warm-up"
wrk -t2 -c2 -d5s -s "$GET_LUA" "$BASE/api/v1/clients/$ALEX/timeline" >/dev/null
wrk -t2 -c2 -d3s -s "$GET_LUA" "$BASE/api/v1/clients/$ALEX/brief" >/dev/null
echo "== wrk, $CONNECTIONS connections, ${DURATION}s each"
run me "$BASE/api/v1/me"
run timeline-first "$BASE/api/v1/clients/$ALEX/timeline?limit=50"
run timeline-deep "$DEEP"
run brief "$BASE/api/v1/clients/$ALEX/brief"

echo
echo "================ Summary ================"
python3 - "$WORK/results" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, *pairs = line.split()
    rows[name] = {k: float(v) for k, v in (p.split("=") for p in pairs)}
base = rows["me"]["p95"]
for name, label in [("me", "baseline GET /api/v1/me"), ("timeline-first", "timeline, newest 50"),
                    ("timeline-deep", "timeline, page 21 (1,000 entries back)"), ("brief", "pre-session brief")]:
    r = rows[name]
    print(f"{label:42s} {r['rps']:8.1f} req/s  p50 {r['p50']:6.2f} ms  p95 {r['p95']:6.2f} ms  ({r['p95'] / base:4.1f}x baseline p95; non-2xx {int(r['non2xx'])})")
PY
echo "(raw outputs in $WORK)"
