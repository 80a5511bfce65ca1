#!/usr/bin/env bash
# Scoring benchmark (issue 3): seeded synthetic scenarios (units x indicators), timed
#   1. in the engine alone (validate + score, in-process, warm JIT, median of ENGINE_RUNS), and
#   2. end to end: POST /api/scoring/v1/simulations through the gateway and directly on the
#      scoring service, with curl (warm-up calls, then the median of HTTP_RUNS, cases interleaved).
# The same seed gives the same scenario in both, so the two tables compare like with like.
# Loopback only; every call is bounded by --max-time.
#
#   ./platform up -d && bench/scoring.sh
#   ENGINE_RUNS=21 HTTP_RUNS=7 bench/scoring.sh
#   SKIP_HTTP=1 bench/scoring.sh        # the engine alone, no platform needed
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SEED="${SEED:-42}"
ENGINE_SIZES="${ENGINE_SIZES:-100x200,1000x200,10000x200,10000x20}"
# 10,000 x 200 keeps 0.4-0.7 GB live and allocates ~2 GB per run; a fixed, pre-touched heap keeps
# page faults and heap resizing out of the timings.
ENGINE_HEAP="${ENGINE_HEAP:-6g}"
# Writing streams: the generator needs about the scenario's own size (10,000 x 200: < 0.5 GB).
GENERATOR_HEAP="${GENERATOR_HEAP:-2g}"
ENGINE_WARMUPS="${ENGINE_WARMUPS:-5}"
ENGINE_RUNS="${ENGINE_RUNS:-11}"
HTTP_SIZES="${HTTP_SIZES:-100x200,1000x200,10000x200,10000x20}"
HTTP_WARMUPS="${HTTP_WARMUPS:-3}"
HTTP_RUNS="${HTTP_RUNS:-5}"
HTTP_TIMEOUT_S="${HTTP_TIMEOUT_S:-300}"
# kaohe.scoring.simulation-max-body of the running service (64MB by default): a larger body is
# answered 413, so it is reported as skipped rather than sent.
MAX_BODY_BYTES="${MAX_BODY_BYTES:-$((64 * 1024 * 1024))}"
GATEWAY="http://localhost:${KAOHE_GATEWAY_PORT:-8080}"
SCORING="http://localhost:${KAOHE_SCORING_PORT:-8082}"
ISSUER="http://localhost:${KAOHE_KEYCLOAK_PORT:-8180}/realms/kaohe"
SIMULATIONS="/api/scoring/v1/simulations"
OUT="$ROOT/bench/out"   # git-ignored
mkdir -p "$OUT"

load() { echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at $(date -u +%H:%M:%S)Z"; }

echo "== build (test classes) and classpath" >&2
(cd "$ROOT" && ./mvnw -o -q -pl scoring-service test-compile \
  && ./mvnw -o -q -pl scoring-service dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null)
CLASSPATH_ALL="$ROOT/scoring-service/target/test-classes:$ROOT/scoring-service/target/classes:$(cat "$OUT/classpath.txt")"
java_run() { "$JAVA_HOME/bin/java" -XX:+UseSerialGC -cp "$CLASSPATH_ALL" "$@"; }

scenario_file() { echo "$OUT/scenario-$1-seed$SEED.json"; } # size as UNITSxINDICATORS

echo "== scenario files" >&2
for size in ${HTTP_SIZES//,/ }; do
  file="$(scenario_file "$size")"
  # Same size and seed, same bytes: kept between runs (rm -r bench/out after changing the generator).
  if [ -s "$file" ]; then continue; fi
  java_run -Xmx"$GENERATOR_HEAP" cn.kaohe.scoring.engine.ScenarioFile \
    --units "${size%x*}" --indicators "${size#*x}" --seed "$SEED" --out "$file.partial" >&2
  mv "$file.partial" "$file"   # an interrupted run leaves no truncated scenario behind
done

echo "## Engine alone"
load
java_run -Xms"$ENGINE_HEAP" -Xmx"$ENGINE_HEAP" -XX:+AlwaysPreTouch cn.kaohe.scoring.engine.ScoringBenchmark \
  --sizes "$ENGINE_SIZES" --seed "$SEED" --warmups "$ENGINE_WARMUPS" --runs "$ENGINE_RUNS"
load

if [ "${SKIP_HTTP:-}" = 1 ]; then exit 0; fi

echo
echo "## End to end (HTTP)"
curl -fsS -o /dev/null --max-time 5 "$GATEWAY/actuator/health/readiness" \
  || { echo "the platform is not up: run ./platform up -d first" >&2; exit 1; }
echo "scoring service JVM: $(ps -o args= -p "$(cat "$ROOT/.kaohe/run/scoring.pid")" 2>/dev/null \
  | grep -o -- '-Xm[sx][^ ]*\|-XX:+Use[A-Za-z]*GC' | tr '\n' ' ')"

token() {
  curl -fsS --max-time 10 -u demo-integrator:demo-secret -d grant_type=client_credentials \
    "$ISSUER/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# One timed call: prints "http_code seconds". A fresh token per call, fetched outside the timing,
# never expires mid-run. "Expect:" turns off curl's 100-continue round trip for large bodies.
call() { # base_url file
  local token; token="$(token)"
  curl -s -o /dev/null --max-time "$HTTP_TIMEOUT_S" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -H 'Expect:' --data-binary @"$2" \
    -w '%{http_code} %{time_total}\n' "$1$SIMULATIONS" || echo "000 $HTTP_TIMEOUT_S"
}

# The cases: through the gateway for every size, and directly on the service for those with
# 1,000 units or more, to separate the gateway's share.
cases=()
for size in ${HTTP_SIZES//,/ }; do
  cases+=("gateway $size")
  if [ "${size%x*}" -ge 1000 ]; then cases+=("direct $size"); fi
done
url_of() { [ "$1" = gateway ] && echo "$GATEWAY" || echo "$SCORING"; }
fits() { [ "$(stat -c %s "$(scenario_file "$1")")" -le "$MAX_BODY_BYTES" ]; }

declare -A timings codes
for round in $(seq 1 $((HTTP_WARMUPS + HTTP_RUNS))); do
  for case in "${cases[@]}"; do
    read -r path size <<<"$case"
    fits "$size" || continue
    read -r code seconds <<<"$(call "$(url_of "$path")" "$(scenario_file "$size")")"
    if [ "$round" -gt "$HTTP_WARMUPS" ]; then
      timings["$case"]+="$seconds "
      codes["$case"]+="$code "
    fi
    [ "$code" = 200 ] || echo "warning: $case answered $code (see $ROOT/.kaohe/logs/scoring.log)" >&2
  done
  echo "round $round of $((HTTP_WARMUPS + HTTP_RUNS)) done ($([ "$round" -le "$HTTP_WARMUPS" ] && echo warm-up || echo timed))" >&2
done
load

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR]=$1 } END { print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2) }'; }
echo
echo "| path | units × indicators | body MB | median s (of $HTTP_RUNS) | fastest–slowest s | all runs s | HTTP status |"
echo "|---|---|---|---|---|---|---|"
for case in "${cases[@]}"; do
  read -r path size <<<"$case"
  bytes="$(stat -c %s "$(scenario_file "$size")")"
  megabytes="$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')"
  label="$(sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\([x,]\)/\1,\2\3/' -e 'ta' -e 's/x/ × /' <<<"$size")"
  if ! fits "$size"; then
    echo "| $path | $label | $megabytes | skipped: above the $((MAX_BODY_BYTES / 1048576)) MB body limit (413) | | | |"
    continue
  fi
  sorted="$(tr ' ' '\n' <<<"${timings["$case"]}" | grep -v '^$' | sort -g)"
  printf '| %s | %s | %s | **%.2f** | %.2f–%.2f | %s | %s |\n' "$path" "$label" "$megabytes" \
    "$(median <<<"${timings["$case"]}")" "$(head -1 <<<"$sorted")" "$(tail -1 <<<"$sorted")" \
    "$(awk '{ for (i = 1; i <= NF; i++) printf "%s%.2f", (i > 1 ? " " : ""), $i }' <<<"${timings["$case"]}")" "$(tr ' ' '\n' <<<"${codes["$case"]}" | grep -v '^$' | sort | uniq -c | awk '{ printf "%s%s×%s", (NR>1?", ":""), $1, $2 }')"
done
