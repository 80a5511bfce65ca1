#!/usr/bin/env bash
# Sustained survey submissions (issue 5): wrk (bench/evaluation-submissions.lua) submits through the
# gateway on loopback, each (invitation token, unit) once, CONNECTIONS clients for DURATION; in the
# same run pgbench (bench/evaluation-submission.pgbench) writes the same rows of one submission per
# transaction straight into PostgreSQL with as many clients: the ceiling. ROUNDS rounds, alternating,
# after a warm-up of each; medians reported.
#
#   ./platform up -d && bench/evaluation-submissions.sh        # 3 rounds x 60 s, 64 clients
#   ROUNDS=1 DURATION=20s bench/evaluation-submissions.sh
#
# The platform's gateway limits the public endpoints per address, and every wrk client is 127.0.0.1:
# the benchmark starts a second gateway from the same jar on BENCH_GATEWAY_PORT with that limit set
# above the load (the limiter still runs on every request), in front of the platform's services.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
BENCH_GATEWAY_PORT="${BENCH_GATEWAY_PORT:-18080}"
GATEWAY_PORT="${KAOHE_GATEWAY_PORT:-8080}"
PG_PORT="${KAOHE_PG_PORT:-5433}"
ISSUER="http://localhost:${KAOHE_KEYCLOAK_PORT:-8180}/realms/kaohe"
UNITS=64          # odd token counts interleave with 64 units so neighbours differ in token and unit
TOKENS=5000       # per batch: 5000 x 64 = 320,000 pairs, more than one round of either tool submits
JDK="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
command -v pgbench >/dev/null || apt-get install -y -qq postgresql-15 >/dev/null
curl -fsS -o /dev/null "http://localhost:$GATEWAY_PORT/actuator/health/readiness" \
  || { echo "the platform is not up: run ./platform up -d first" >&2; exit 1; }

work="$(mktemp -d)"
cleanup() {
  [ -f "$work/gateway.pid" ] && kill "$(cat "$work/gateway.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export PGPASSWORD=kaohe
sql() { psql -qAtX -h localhost -p "$PG_PORT" -U kaohe -d evaluations -v ON_ERROR_STOP=1 "$@"; }

# A second gateway, as the platform starts its own, with the per-address limit above the load.
"$JDK/bin/java" -Xms32m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m \
  -jar "$ROOT/.kaohe/run/jars/gateway.jar" --server.port="$BENCH_GATEWAY_PORT" \
  --kaohe.auth.issuer-uri="$ISSUER" \
  --kaohe.services.indicators="http://localhost:${KAOHE_INDICATORS_PORT:-8081}" \
  --kaohe.services.scoring="http://localhost:${KAOHE_SCORING_PORT:-8082}" \
  --kaohe.services.evaluations="http://localhost:${KAOHE_EVALUATIONS_PORT:-8083}" \
  --kaohe.gateway.public-rate.burst=100000000 --kaohe.gateway.public-rate.per-second=100000000 \
  > "$work/gateway.log" 2>&1 &
echo $! > "$work/gateway.pid"

token() {
  curl -fsS -d grant_type=password -d client_id=kaohe-cli -d username=office -d password=office \
    "$ISSUER/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
api() { # method path [body]
  curl -fsS -X "$1" -H "Authorization: Bearer $OFFICE" -H 'Content-Type: application/json' \
    ${3:+--data-binary "$3"} "http://localhost:$GATEWAY_PORT/api/evaluations/v1$2"
}
OFFICE="$(token)"

# A survey of its own cycle: one group rating 64 units, five questions on the default scale.
cycle="BENCH-$(date +%s)"
units="$(seq -f 'U%02g' 1 "$UNITS" | awk '{ printf "%s{\"code\":\"%s\",\"name\":\"单位%s\"}", (NR > 1 ? "," : ""), $1, $1 }')"
questions="$(seq 1 5 | awk '{ printf "%s{\"code\":\"Q%d\",\"text\":\"问题%d\"}", (NR > 1 ? "," : ""), $1, $1 }')"
created="$(api POST /surveys "{\"cycle\":\"$cycle\",\"code\":\"LOAD\",\"title\":\"压力测试 $cycle\",\"questions\":[$questions],\
\"groups\":[{\"code\":\"DEPUTIES\",\"name\":\"两代表一委员\",\"weight\":1,\"units\":[$units]}]}")"
survey="$(echo "$created" | sed 's/.*"id":"\([^"]*\)".*/\1/')"
api POST "/surveys/$survey/opening" '{"version":0}' >/dev/null
batches=$(( 2 * (ROUNDS + 1) ))
for _ in $(seq 1 "$batches"); do
  api POST "/surveys/$survey/invitations" "{\"group\":\"DEPUTIES\",\"count\":$TOKENS}" >/dev/null
done
# Batch b (0-based) holds serials b*TOKENS+1 ...: wrk takes the even batches, pgbench the odd ones.
api GET "/surveys/$survey/invitations/export?format=csv" | grep -o '/s/[A-Za-z0-9_-]\{32\}' | cut -c4- > "$work/tokens"
[ "$(wc -l < "$work/tokens")" -eq $(( batches * TOKENS )) ] || { echo "expected $(( batches * TOKENS )) tokens" >&2; exit 1; }
pairs() { # batch -> "token unit" lines, interleaved so that neighbours differ in token and unit
  sed -n "$(( $1 * TOKENS + 1 )),$(( ($1 + 1) * TOKENS ))p" "$work/tokens" | awk -v units="$UNITS" -v tokens="$TOKENS" '
    { token[NR - 1] = $1 }
    END { for (r = 0; r < units; r++) for (t = 0; t < tokens; t++)
            printf "%s U%02d\n", token[t], 1 + (r * (tokens + 1) + t) % units }'
}
sql <<SQL
DROP TABLE IF EXISTS bench_pair; DROP SEQUENCE IF EXISTS bench_pair_next;
CREATE TABLE bench_pair (n bigint PRIMARY KEY, invitation_id uuid NOT NULL, unit_code varchar(32) NOT NULL, survey_id uuid NOT NULL);
CREATE SEQUENCE bench_pair_next;
SQL
pg_pairs() { # batch -> bench_pair rows for pgbench, from position 1 of the sequence
  sql -c "TRUNCATE bench_pair; ALTER SEQUENCE bench_pair_next RESTART;
    INSERT INTO bench_pair SELECT row_number() OVER (ORDER BY r, i.serial), i.id,
      'U' || lpad((1 + (r * ($TOKENS + 1) + i.serial - 1 - $1 * $TOKENS) % $UNITS)::text, 2, '0'), i.survey_id
    FROM invitation i, generate_series(0, $UNITS - 1) r
    WHERE i.survey_id = '$survey' AND i.serial BETWEEN $1 * $TOKENS + 1 AND ($1 + 1) * $TOKENS; ANALYZE bench_pair;"
}

for _ in $(seq 1 60); do
  curl -fsS -o /dev/null "http://localhost:$BENCH_GATEWAY_PORT/actuator/health/readiness" 2>/dev/null && break
  sleep 2
done

ms() { awk '{ v = $1; if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else if (v ~ /s$/) print v * 1000; else print v }'; }
run_wrk() { # batch duration -> "accepted/s p50 p99 created other"
  pairs "$1" > "$work/pairs"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "$ROOT/bench/evaluation-submissions.lua" \
    "http://127.0.0.1:$BENCH_GATEWAY_PORT" -- "$work/pairs" "$THREADS" > "$work/wrk.out"
  local seconds created other p50 p99
  seconds="$(sed -n 's/.* requests in \([0-9.]*\)\([a-z]*\),.*/\1 \2/p' "$work/wrk.out" \
    | awk '{ print $2 == "ms" ? $1 / 1000 : $2 == "m" ? $1 * 60 : $1 }')"
  created="$(sed -n 's/.*created=\([0-9]*\).*/\1/p' "$work/wrk.out")"
  other="$(sed -n 's/.*conflicts=\([0-9]*\) other=\([0-9]*\) exhausted=\([0-9]*\).*/\1+\2+\3/p' "$work/wrk.out")"
  p50="$(awk '$1 == "50%" { print $2 }' "$work/wrk.out" | ms)"
  p99="$(awk '$1 == "99%" { print $2 }' "$work/wrk.out" | ms)"
  echo "$(awk -v c="$created" -v s="$seconds" 'BEGIN { printf "%.0f", c / s }') $p50 $p99 $created $other"
}
run_pgbench() { # batch duration -> "tps p50 p99 transactions failed"
  pg_pairs "$1"
  rm -f "$work"/pgbench_log.*
  (cd "$work" && pgbench -n -h localhost -p "$PG_PORT" -U kaohe -M prepared -c "$CONNECTIONS" -j "$THREADS" \
    -T "${2%s}" -l -f "$ROOT/bench/evaluation-submission.pgbench" evaluations > "$work/pgbench.out" 2>&1)
  local tps transactions failed
  tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.out" | head -1)"
  transactions="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.out")"
  failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/pgbench.out")"
  cat "$work"/pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n > "$work/latencies"
  local n; n="$(wc -l < "$work/latencies")"
  echo "$(printf '%.0f' "$tps") $(sed -n "$(( (n + 1) / 2 ))p" "$work/latencies") $(sed -n "$(( (n * 99 + 99) / 100 ))p" "$work/latencies") $transactions ${failed:-0}"
}

echo "survey $survey (cycle $cycle): warming up ..." >&2
run_wrk 0 15s > /dev/null
run_pgbench 1 10s > /dev/null
declare -a gateway=() direct=()
for round in $(seq 1 "$ROUNDS"); do
  gateway+=("$(run_wrk $(( 2 * round )) "$DURATION")")
  direct+=("$(run_pgbench $(( 2 * round + 1 )) "$DURATION")")
  echo "round $round: gateway ${gateway[-1]} | pgbench ${direct[-1]}" >&2
done
rows="$(sql -c "SELECT count(*) FROM response WHERE survey_id = '$survey'")"
sql -c "DROP TABLE bench_pair; DROP SEQUENCE bench_pair_next;"
api POST "/surveys/$survey/closing" '{"version":1}' >/dev/null || true

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
column() { local i="$1"; shift; printf '%s\n' "$@" | awk -v i="$i" '{ print $i }' | median; }
g="$(column 1 "${gateway[@]}")"; p="$(column 1 "${direct[@]}")"
echo
echo "| path ($CONNECTIONS clients, $DURATION, median of $ROUNDS) | accepted/s | p50 ms | p99 ms | rounds (accepted/s) |"
echo "|---|---|---|---|---|"
echo "| through the gateway (wrk, HTTP, one submission per request) | $g | $(column 2 "${gateway[@]}") | $(column 3 "${gateway[@]}") | $(printf '%s\n' "${gateway[@]}" | awk '{ print $1 }' | paste -sd ' ') |"
echo "| pgbench, the same rows straight into PostgreSQL | $p | $(column 2 "${direct[@]}") | $(column 3 "${direct[@]}") | $(printf '%s\n' "${direct[@]}" | awk '{ print $1 }' | paste -sd ' ') |"
echo
echo "gateway / pgbench = $(awk -v g="$g" -v p="$p" 'BEGIN { printf "%.0f%%", 100 * g / p }');" \
  "non-201 answers through the gateway (409+other+exhausted): $(printf '%s\n' "${gateway[@]}" | awk '{ print $5 }' | paste -sd ' ');" \
  "pgbench failed transactions: $(printf '%s\n' "${direct[@]}" | awk '{ print $5 }' | paste -sd ' ');" \
  "responses stored for the survey: $rows"
