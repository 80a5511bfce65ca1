#!/usr/bin/env bash
# Indicator benchmarks (issue 4), against a running platform (./platform up -d):
#   1. Excel import of UNITS x INDICATORS targets (POST /api/indicators/v1/cycles/{c}/imports, directly
#      on the indicator service), ROUNDS rounds into fresh cycles, with the service's peak resident
#      memory (VmHWM of /proc/PID/status) and its heap setting; same-run baselines: the raw time to
#      stream-read the workbook's target sheet (fastexcel-reader, every cell read, in a separate JVM)
#      and a plain psql \copy of the same rows into the target table.
#   2. A whole cycle's warnings: approved progress for every target of the last imported cycle
#      (written by SQL: setup, not timed), then POST …/warnings/rounds timed: the first round of the
#      month (issues the warnings) and repeats (nothing new: the steady state of a monthly round).
# Loopback only; every call is bounded by --max-time.
#
#   ./platform up -d && bench/indicators.sh
#   UNITS=100 ROUNDS=2 bench/indicators.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
UNITS="${UNITS:-1000}"
INDICATORS="${INDICATORS:-200}"
ROUNDS="${ROUNDS:-3}"
WARNING_ROUNDS="${WARNING_ROUNDS:-5}"
PREFIX="${PREFIX:-BU}"
SERVICE="http://localhost:${KAOHE_INDICATORS_PORT:-8081}"
ISSUER="http://localhost:${KAOHE_KEYCLOAK_PORT:-8180}/realms/kaohe"
PG=(psql -h localhost -p "${KAOHE_PG_PORT:-5433}" -U kaohe -d indicators -v ON_ERROR_STOP=1 -q -t -A)
export PGPASSWORD=kaohe
OUT="$ROOT/bench/out"   # git-ignored
mkdir -p "$OUT"
RUN_ID="$(date +%H%M%S)"

load() { echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) at $(date -u +%H:%M:%S)Z"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
token() {
  curl -fsS --max-time 10 -d grant_type=password -d client_id=kaohe-cli -d username=office -d password=office \
    "$ISSUER/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
api() { # method path [body]
  curl -sS --max-time 60 -o /dev/null -w '%{http_code}' -X "$1" -H "Authorization: Bearer $(token)" \
    -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$SERVICE$2"
}

curl -fsS -o /dev/null --max-time 5 "$SERVICE/actuator/health/readiness" \
  || { echo "the indicator service is not up: run ./platform up -d first" >&2; exit 1; }
PID="$(cat "$ROOT/.kaohe/run/indicators.pid")"
echo "indicator service JVM: $(ps -o args= -p "$PID" | grep -o -- '-Xm[sx][^ ]*\|-XX:+Use[A-Za-z]*GC' | tr '\n' ' ')"

echo "== build (test classes) and classpath" >&2
# service-defaults resolves from the reactor (never installed), so both modules build together; the
# running platform is not touched (it runs copies of the jars).
(cd "$ROOT" && ./mvnw -o -q -pl service-defaults,indicator-service verify -DskipTests dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt >/dev/null)
CP="$ROOT/indicator-service/target/test-classes:$ROOT/indicator-service/target/classes:$(cat "$ROOT/indicator-service/target/bench-classpath.txt")"
java_run() { "$JAVA_HOME/bin/java" -XX:+UseSerialGC -cp "$CP" "$@"; }

FILE="$OUT/targets-${UNITS}x${INDICATORS}.xlsx"
TSV="$OUT/targets-${UNITS}x${INDICATORS}.tsv"
if [ ! -s "$FILE" ]; then
  java_run -Xmx512m cn.kaohe.indicators.spreadsheets.BenchWorkbook --units "$UNITS" --indicators "$INDICATORS" \
    --unit-prefix "$PREFIX" --out "$FILE.partial" --tsv "$TSV" --tsv-cycle BENCHCOPY
  mv "$FILE.partial" "$FILE"
fi
echo "workbook: $((UNITS * INDICATORS)) target rows, $(du -h "$FILE" | cut -f1) ($FILE)"

echo "== units" >&2
existing="$("${PG[@]}" -c "SELECT count(*) FROM unit WHERE code LIKE '${PREFIX}%'")"
if [ "$existing" -lt "$UNITS" ]; then
  "${PG[@]}" -c "SELECT 1" >/dev/null
  seq 0 $((UNITS - 1)) | while read -r u; do printf '%s%04d\n' "$PREFIX" "$u"; done | \
    xargs -P 4 -I{} sh -c 'curl -sS --max-time 20 -o /dev/null -X POST -H "Authorization: Bearer $0" \
      -H "Content-Type: application/json" --data-binary "{\"code\":\"{}\",\"name\":\"基准单位 {}\",\"kind\":\"TOWN\"}" \
      "$1/api/indicators/v1/units"' "$(token)" "$SERVICE"
fi
echo "units: $("${PG[@]}" -c "SELECT count(*) FROM unit WHERE code LIKE '${PREFIX}%'")"

echo
echo "## Excel import, ${UNITS} x ${INDICATORS}"
load
echo "indicator service before: $(grep -E 'VmRSS|VmHWM' /proc/"$PID"/status | tr -s ' \n' ' ')"
"${PG[@]}" -c "INSERT INTO cycle (code, name, year, status, created_by) VALUES ('BENCHCOPY', 'bench copy', 2031, 'DRAFT', 'bench') ON CONFLICT DO NOTHING"
"${PG[@]}" -c "INSERT INTO indicator (cycle, code, level, name) SELECT 'BENCHCOPY', 'S0' || s, 'SECTION', 's' FROM generate_series(0, 9) s ON CONFLICT DO NOTHING"
"${PG[@]}" -c "INSERT INTO indicator (cycle, code, parent_code, level, name) SELECT 'BENCHCOPY', 'S' || lpad((i % 10)::text, 2, '0') || '-I' || lpad(i::text, 3, '0'), 'S0' || (i % 10), 'INDICATOR', 'i' FROM generate_series(0, $((INDICATORS - 1))) i ON CONFLICT DO NOTHING"
imports=(); copies=(); reads=()
last_cycle=""
for round in $(seq 1 "$ROUNDS"); do
  read_ms="$(java_run -Xmx256m cn.kaohe.indicators.spreadsheets.BenchWorkbook --read "$FILE" --rounds 1 | sed 's/.*median \([0-9]*\) ms.*/\1/')"
  reads+=("$read_ms")
  "${PG[@]}" -c "DELETE FROM target WHERE cycle = 'BENCHCOPY'"
  start=$(date +%s.%N)
  "${PG[@]}" -c "\\copy target (cycle, unit_code, indicator_code, target_value, points, responsible_unit, co_units, updated_by) FROM '$TSV'"
  end=$(date +%s.%N)
  copies+=("$(echo "$end - $start" | bc)")
  cycle="BI-$RUN_ID-$round"
  code="$(api POST /api/indicators/v1/cycles "{\"code\":\"$cycle\",\"name\":\"bench\",\"year\":2031}")"
  [ "$code" = 201 ] || { echo "cycle $cycle: $code" >&2; exit 1; }
  tok="$(token)"
  result="$(curl -sS --max-time 300 -o "$OUT/import-$round.json" -w '%{http_code} %{time_total}' \
    -H "Authorization: Bearer $tok" -F "file=@$FILE" "$SERVICE/api/indicators/v1/cycles/$cycle/imports")"
  echo "round $round: import ${result% *} in ${result#* } s ($(cat "$OUT/import-$round.json" | head -c 200)); raw read ${read_ms} ms; plain COPY ${copies[-1]} s; service $(grep VmHWM /proc/"$PID"/status | tr -s ' ')"
  [ "${result% *}" = 201 ] || exit 1
  imports+=("${result#* }")
  last_cycle="$cycle"
done
load
imp="$(printf '%s\n' "${imports[@]}" | median)"; cop="$(printf '%s\n' "${copies[@]}" | median)"; rd="$(printf '%s\n' "${reads[@]}" | median)"
echo "| measure | median of $ROUNDS | all rounds |"
echo "|---|---|---|"
echo "| import (upload, stream-check, COPY, commit) | ${imp} s | ${imports[*]} |"
echo "| baseline: raw stream-read of the target sheet | $(echo "$rd / 1000" | bc -l | xargs printf '%.2f') s | ${reads[*]} ms |"
echo "| baseline: plain psql \\copy of the same rows | ${cop} s | ${copies[*]} |"
echo "| import ÷ (read + copy) | $(echo "$imp / ($rd / 1000 + $cop)" | bc -l | xargs printf '%.2f') | |"
echo "indicator service after: $(grep -E 'VmRSS|VmHWM' /proc/"$PID"/status | tr -s ' \n' ' ')"
"${PG[@]}" -c "DELETE FROM target WHERE cycle = 'BENCHCOPY'"

echo
echo "## A whole cycle's warnings, $last_cycle"
# Approved progress for June on every target: one in ten red (30% of target), one in ten yellow (45%),
# the rest green (55%); the control lines (lower-better) at 50% of their line: green.
"${PG[@]}" -c "INSERT INTO progress_report (id, cycle, unit_code, indicator_code, period, actual, status, created_by, updated_by)
  SELECT gen_random_uuid(), t.cycle, t.unit_code, t.indicator_code, '2031-06',
    t.target_value * CASE WHEN i.direction = 'LOWER_BETTER' THEN 0.5
                          WHEN abs(hashtext(t.unit_code || t.indicator_code)) % 10 = 0 THEN 0.30
                          WHEN abs(hashtext(t.unit_code || t.indicator_code)) % 10 = 1 THEN 0.45 ELSE 0.55 END,
    'APPROVED', 'bench', 'bench'
  FROM target t JOIN indicator i ON i.cycle = t.cycle AND i.code = t.indicator_code WHERE t.cycle = '$last_cycle'
  ON CONFLICT DO NOTHING"
"${PG[@]}" -c "ANALYZE progress_report"
echo "approved reports: $("${PG[@]}" -c "SELECT count(*) FROM progress_report WHERE cycle = '$last_cycle'")"
load
times=()
for round in $(seq 1 "$WARNING_ROUNDS"); do
  tok="$(token)"
  result="$(curl -sS --max-time 300 -o "$OUT/round-$round.json" -w '%{http_code} %{time_total}' -X POST \
    -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' --data-binary '{"period":"2031-06"}' \
    "$SERVICE/api/indicators/v1/cycles/$last_cycle/warnings/rounds")"
  issued="$( (grep -o '"colour"' "$OUT/round-$round.json" || true) | wc -l)"
  echo "warning round $round: ${result% *} in ${result#* } s, $issued warnings in the answer, $(du -h "$OUT/round-$round.json" | cut -f1)"
  [ "$round" = 1 ] || times+=("${result#* }")
  if [ "$round" = 1 ]; then
    # A month passes between two rounds, and autovacuum with it: without this the repeats read the
    # 38,000 warnings and their audit rows just written, setting hint bits and chasing fresh versions
    # (3.7-4.3 s here on 2026-12-02, against 1.3-1.8 s a few minutes later once autovacuum had run).
    "${PG[@]}" -c "VACUUM (ANALYZE) warning"
    "${PG[@]}" -c "VACUUM (ANALYZE) progress_report"
  fi
done
load
echo "first round (issues): see round 1; repeats median: $(printf '%s\n' "${times[@]}" | median) s (${times[*]})"
echo "open warnings: $("${PG[@]}" -c "SELECT colour, count(*) FROM warning WHERE cycle = '$last_cycle' AND status <> 'CLOSED' GROUP BY colour" | tr '\n' ' ')"
# Baseline: the time schedule's own query (ScheduleRepository), every row fetched by psql and dropped.
sqls=()
for round in 1 2 3; do
  start=$(date +%s.%N)
  "${PG[@]}" -o /dev/null -c "SELECT t.unit_code, t.indicator_code, t.target_value, t.responsible_unit, t.co_units, i.direction,
    i.schedule, r.actual, r.period FROM target t JOIN indicator i ON i.cycle = t.cycle AND i.code = t.indicator_code
    LEFT JOIN (SELECT DISTINCT ON (unit_code, indicator_code) unit_code, indicator_code, actual, period FROM progress_report
    WHERE cycle = '$last_cycle' AND status = 'APPROVED' AND period <= '2031-06' ORDER BY unit_code, indicator_code, period DESC) r
    ON r.unit_code = t.unit_code AND r.indicator_code = t.indicator_code
    WHERE t.cycle = '$last_cycle' AND t.target_value IS NOT NULL ORDER BY t.unit_code, t.indicator_code"
  end=$(date +%s.%N)
  sqls+=("$(echo "$end - $start" | bc)")
done
echo "baseline: the schedule's SQL alone in psql (all rows): median $(printf '%s\n' "${sqls[@]}" | median) s (${sqls[*]})"
echo "indicator service after: $(grep -E 'VmRSS|VmHWM' /proc/"$PID"/status | tr -s ' \n' ' ')"
