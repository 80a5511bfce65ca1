#!/usr/bin/env bash
# Reading every unit's social scores at scale (issue 5): stores RESPONSES responses (100 units × 4
# groups, 5 answers each) and their running aggregates directly in the test PostgreSQL, adds 200
# submissions through the API, then times the score reads over HTTP (service and client in the test
# JVM, loopback) against the full-scan SQL aggregate over the same responses, in one run.
#
#   bench/evaluation-scores.sh                      # 1,000,000 responses, 50 timed reads each
#   RESPONSES=200000 ROUNDS=20 bench/evaluation-scores.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
RESPONSES="${RESPONSES:-1000000}"
ROUNDS="${ROUNDS:-50}"
cd "$ROOT"
./mvnw -B verify -pl service-defaults,evaluation-service -Dtest=ScoreReadBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dkaohe.bench.responses="$RESPONSES" -Dkaohe.bench.rounds="$ROUNDS" 2>&1 \
  | grep --line-buffered -E '^bench:|Tests run:|BUILD|ERROR|expected|Expect'
