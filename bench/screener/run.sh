#!/usr/bin/env bash
# Runs the risk-screener JMH benchmark and prints texts/second and the ratio to the baseline
# (lower-case + one precompiled keyword regex over the same texts).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Dspotless.check.skip=true test-compile
CP_FILE=target/screener-bench.classpath
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
mkdir -p bench/results
OUT=bench/results/screener-jmh.txt
java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" org.openjdk.jmh.Main ScreenerBenchmark \
  -f 1 -wi 2 -i 3 -t 1 -rf text -rff "$OUT.raw" | tee "$OUT"
# Scores are already texts/second (one operation = one text).
awk '/ScreenerBenchmark\.(screener|baselineLowercaseAndOneRegex) / {
       name = $1; sub(/.*\./, "", name); score[name] = $(NF-3) + 0
     }
     END {
       printf "\nscreener:  %.0f texts/s\nbaseline:  %.0f texts/s\nratio:     screener is %.1fx slower than the baseline\n",
              score["screener"], score["baselineLowercaseAndOneRegex"], score["baselineLowercaseAndOneRegex"] / score["screener"]
     }' "$OUT.raw"
