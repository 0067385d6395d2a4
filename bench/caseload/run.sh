#!/usr/bin/env bash
# Caseload benchmark: GET /api/v1/caseload and the caseload page for a therapist with 150 clients, each with two
# years of daily check-ins, weekly PHQ-9 and GAD-7, alerts and homework, on PostgreSQL; baseline GET /api/v1/me.
# Run from anywhere: bench/caseload/run.sh   (needs PostgreSQL at 127.0.0.1:5432 with trust auth for postgres)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PORT="${PORT:-18641}"
JAR="${JAR:-}"
BASE="http://127.0.0.1:$PORT"
DB="${DB:-tandem_triage}"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
DURATION="${DURATION:-20}"
CONNECTIONS="${CONNECTIONS:-4}"
WORK="$(mktemp -d)"
export LUA_PATH="$ROOT/bench/checkin/?.lua;;"
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null 2>&1; }
for tool in wrk psql curl python3 java; do need "$tool" || { echo "Missing $tool" >&2; exit 1; }; done

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
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --tandem.demo.enabled=true \
  --logging.level.app.tandem=WARN >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped:"; tail -50 "$WORK/app.log"; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "The app did not start"; tail -50 "$WORK/app.log"; exit 1; }

echo "== Seeding 150 clients with two years of data for therapist@demo.tandem"
SECONDS=0
"${PSQL[@]}" -d "$DB" -f "$HERE/seed.sql"
echo "   seeded in ${SECONDS}s"
"${PSQL[@]}" -d "$DB" -At -c "
SELECT 'clients ' || (SELECT count(*) FROM app_user WHERE primary_therapist_id = t.id)
  || ', check-ins ' || (SELECT count(*) FROM checkin c JOIN app_user u ON u.id = c.client_id WHERE u.primary_therapist_id = t.id)
  || ', scores ' || (SELECT count(*) FROM measure_response m JOIN app_user u ON u.id = m.client_id WHERE u.primary_therapist_id = t.id)
  || ', alerts ' || (SELECT count(*) FROM safety_alert a JOIN app_user u ON u.id = a.client_id WHERE u.primary_therapist_id = t.id)
  || ', homework ' || (SELECT count(*) FROM habit h JOIN app_user u ON u.id = h.client_id WHERE u.primary_therapist_id = t.id)
FROM app_user t WHERE t.email = 'therapist@demo.tandem'"

TOKEN="$(curl -fs -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"email":"therapist@demo.tandem","password":"tandem-demo"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["token"])')"
export TOKEN

# A browser session for the page: the login form's CSRF token, then the session cookie.
JAR_FILE="$WORK/cookies"
CSRF="$(curl -fs -c "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')"
curl -fs -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null -X POST "$BASE/login" \
  --data-urlencode "email=therapist@demo.tandem" --data-urlencode "password=tandem-demo" --data-urlencode "_csrf=$CSRF"
SESSION="$(awk '$6 == "TANDEM_SESSION" {print $7}' "$JAR_FILE")"
[ -n "$SESSION" ] || { echo "No session cookie" >&2; exit 1; }
export COOKIE="TANDEM_SESSION=$SESSION"

ROWS="$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/caseload" | python3 -c '
import json,sys
rows=json.load(sys.stdin)
print(len(rows), "clients; first:", rows[0]["name"], "score", rows[0]["score"], "-", rows[0]["reasons"][0]["text"])')"
echo "   API answers $ROWS"
PAGE_HTML="$(curl -fs -H "Cookie: $COOKIE" "$BASE/therapist/caseload")"
case "$PAGE_HTML" in *caseload-row*) echo "   the page lists $(grep -o 'class="caseload-row' <<<"$PAGE_HTML" | wc -l) rows";;
  *) echo "The page did not render" >&2; exit 1;; esac

result() { grep '^RESULT' "$1" | sed 's/^RESULT //'; }

echo "== Warm-up"
wrk -t2 -c2 -d5s -s "$ROOT/bench/checkin/get.lua" "$BASE/api/v1/caseload" >/dev/null
wrk -t2 -c2 -d5s -s "$HERE/page.lua" "$BASE/therapist/caseload" >/dev/null
wrk -t2 -c2 -d3s -s "$ROOT/bench/checkin/get.lua" "$BASE/api/v1/me" >/dev/null

echo "== wrk: baseline GET /api/v1/me, $CONNECTIONS connections, ${DURATION}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$ROOT/bench/checkin/get.lua" "$BASE/api/v1/me" >"$WORK/wrk-me.txt"
ME="$(result "$WORK/wrk-me.txt")"; echo "   $ME"
echo "== wrk: GET /api/v1/caseload, $CONNECTIONS connections, ${DURATION}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$ROOT/bench/checkin/get.lua" "$BASE/api/v1/caseload" >"$WORK/wrk-api.txt"
API="$(result "$WORK/wrk-api.txt")"; echo "   $API"
echo "== wrk: GET /therapist/caseload (the page), $CONNECTIONS connections, ${DURATION}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s "$HERE/page.lua" "$BASE/therapist/caseload" >"$WORK/wrk-page.txt"
PAGE="$(result "$WORK/wrk-page.txt")"; echo "   $PAGE"

echo
echo "================ Summary ================"
python3 - "$ME" "$API" "$PAGE" <<'PY'
import sys
def parse(s): return {k: float(v) for k, v in (p.split("=") for p in s.split())}
me, api, page = (parse(a) for a in sys.argv[1:])
for name, r in (("baseline GET /api/v1/me     ", me), ("GET /api/v1/caseload        ", api), ("GET /therapist/caseload     ", page)):
    print(f"{name}: {r['rps']:8.1f} req/s  p50 {r['p50']:6.2f} ms  p95 {r['p95']:6.2f} ms  p99 {r['p99']:6.2f} ms  (errors {int(r['errors'])}, non-2xx {int(r['non2xx'])})")
for name, r in (("API ", api), ("page", page)):
    print(f"{name} p95 {r['p95']:.1f} ms: goal < 100 ms {'met' if r['p95'] < 100 else 'NOT met'}; {r['p95'] / me['p95']:.1f}x the baseline's p95")
PY
echo "Raw outputs: $WORK"
