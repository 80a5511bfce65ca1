#!/usr/bin/env bash
# Response export at scale (issue 5): stores RESPONSES responses (3 answers each) directly in the
# test PostgreSQL, then streams the CSV and xlsx exports over HTTP, with the service and the client
# in one JVM (the test suite's, -Xmx768m, C1 only), reporting time and the peak heap in use.
#
#   bench/evaluation-export.sh                      # 1,000,000 responses
#   RESPONSES=200000 bench/evaluation-export.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
RESPONSES="${RESPONSES:-1000000}"
cd "$ROOT"
./mvnw -B verify -pl service-defaults,evaluation-service -Dtest=LargeExportBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dkaohe.bench.responses="$RESPONSES" 2>&1 \
  | grep --line-buffered -E '^bench:|Tests run:|BUILD'
