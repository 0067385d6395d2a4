#!/usr/bin/env bash
# Alert latency benchmark on PostgreSQL: starts two Tandem nodes on one scratch database (demo
# practice seeded by the first), then measures twice:
#   1. signal and SSE stream on the same node (after-commit push),
#   2. signal on node 1, SSE stream on node 2 (the 500 ms per-node poll of safety_alert_event).
# Usage: bench/alert-latency/run.sh [samples] [background notes per second]
set -euo pipefail
cd "$(dirname "$0")/../.."
SAMPLES=${1:-200}
RATE=${2:-50}
P1=${PORT:-18180}
P2=$((P1 + 1))
for p in $P1 $P2; do
  if curl -s -o /dev/null "http://localhost:$p/"; then echo "Port $p is in use (another app?); set PORT=..." >&2; exit 1; fi
done
DB=${BENCH_DB:-tandem_bench_alerts} # own scratch database: other benches use tandem_bench
psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
[ -f target/tandem.jar ] || mvn -q -o package -DskipTests
DATA=$(mktemp -d)
start() { # port demo
  TANDEM_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" TANDEM_DB_USER=postgres TANDEM_DB_PASSWORD= \
  TANDEM_DATA_DIR="$DATA" PORT=$1 \
    java -jar target/tandem.jar --tandem.demo.enabled=$2 \
    --logging.level.app.tandem=WARN > "$DATA/app-$1.log" 2>&1 &
  echo $!
}
wait_up() {
  for _ in $(seq 1 120); do curl -fsS "http://localhost:$1/actuator/health" >/dev/null 2>&1 && return 0; sleep 1; done
  tail -50 "$DATA/app-$1.log"; return 1
}
APP1=$(start $P1 true)
trap 'kill $APP1 ${APP2:-} 2>/dev/null || true; wait 2>/dev/null || true' EXIT
wait_up $P1
sleep 3 # demo seeding runs on ApplicationReady
APP2=$(start $P2 false)   # same key file (same data dir), same database: a second node
wait_up $P2
echo "== same node =="
java bench/alert-latency/AlertLatencyBench.java "http://localhost:$P1" "$SAMPLES" "$RATE"
echo "== across nodes =="
java bench/alert-latency/AlertLatencyBench.java "http://localhost:$P1" "$SAMPLES" "$RATE" "http://localhost:$P2"
