#!/usr/bin/env bash
# Times the screen CLI (JVM start-up included) over 10,000 texts of ~300 characters, RUNS times.
# Needs target/tandem.jar (mvn -o package -DskipTests). Prints wall, user+sys CPU and the load average.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
IN=target/screener-cli-input.jsonl
python3 bench/screener/make-cli-input.py "$IN" 10000 0.2
awk '{ n += length($0) } END { printf "input: %d lines, %.0f chars of JSON per line\n", NR, n / NR }' "$IN"
for i in $(seq "$RUNS"); do
  echo "load: $(uptime | sed 's/.*load average/load average/')"
  /usr/bin/time -f "run $i: %e s wall, %U s user, %S s sys" \
    java -jar target/tandem.jar screen --input "$IN" --output target/screener-cli-output.jsonl
done
