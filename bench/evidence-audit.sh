#!/usr/bin/env bash
# Evidence and audit benchmark (issue 4), directly on the indicator service of a running platform
# (./platform up -d, demo data loaded), with curl on loopback:
#   1. the audit chain's verification (GET /audit/verification): median of ROUNDS whole walks, rows/s;
#      baseline in the same run: one page of 500 audit rows (GET /audit?size=500);
#   2. a SIZE_MB evidence upload (multipart, streamed into PostgreSQL) and its download: medians of
#      ROUNDS, MB/s; the download is the baseline of the upload (same bytes, same stack);
#   3. PARALLEL uploads of SIZE_MB at once on the service's small heap (-Xmx160m by default), with its
#      resident memory before and after: the uploads stream, so RSS must not grow by their size.
#
#   ./platform up -d && bench/evidence-audit.sh
#   ROUNDS=7 SIZE_MB=10 PARALLEL=4 bench/evidence-audit.sh
# It drafts a report for December of the demo cycle and leaves its evidence there (local data only).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
SIZE_MB="${SIZE_MB:-20}"
PARALLEL="${PARALLEL:-4}"
SERVICE="http://localhost:${KAOHE_INDICATORS_PORT:-8081}"
ISSUER="http://localhost:${KAOHE_KEYCLOAK_PORT:-8180}/realms/kaohe"
CYCLE="${CYCLE:-2024}"
OUT="$ROOT/bench/out"   # git-ignored
mkdir -p "$OUT"

token() {
  curl -fsS --max-time 20 -d grant_type=password -d client_id=kaohe-cli -d "username=$1" -d "password=$1" \
    "$ISSUER/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
seconds() { curl -sS --max-time 300 -o "$2" -w '%{time_total}' -H "Authorization: Bearer $OFFICE" "${@:3}" "$1"; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$(cat "$ROOT/.kaohe/run/indicators.pid")/status"; }

OFFICE="$(token office)"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S)Z"

# 1. verification against one page of the log
rows="$(curl -fsS -H "Authorization: Bearer $OFFICE" "$SERVICE/api/indicators/v1/audit/verification" \
  | sed 's/.*"checked":\([0-9]*\).*/\1/')"
verify=(); page=()
for _ in $(seq 1 "$ROUNDS"); do
  verify+=("$(seconds "$SERVICE/api/indicators/v1/audit/verification" "$OUT/verify.json")")
  page+=("$(seconds "$SERVICE/api/indicators/v1/audit?size=500" /dev/null)")
done
grep -q '"intact":true' "$OUT/verify.json" || { echo "the chain is not intact: $(cat "$OUT/verify.json")"; exit 1; }
v="$(printf '%s\n' "${verify[@]}" | median)"; p="$(printf '%s\n' "${page[@]}" | median)"
echo "verification of $rows rows: median ${v}s ($(awk -v r="$rows" -v s="$v" 'BEGIN {printf "%.0f", r / s}') rows/s);" \
  "one page of 500: ${p}s; all rounds: ${verify[*]}"

# 2. one upload and its download, in turns
head -c $((SIZE_MB * 1024 * 1024 - 16)) /dev/urandom > "$OUT/body.bin"
{ printf '%%PDF-1.7\n%%bench\n'; cat "$OUT/body.bin"; } > "$OUT/evidence.pdf"
report="$(curl -fsS -H "Authorization: Bearer $OFFICE" -H 'Content-Type: application/json' \
  --data-binary "{\"unit\":\"HANYIN\",\"indicator\":\"GDP\",\"period\":\"$CYCLE-12\",\"actual\":1}" \
  "$SERVICE/api/indicators/v1/cycles/$CYCLE/progress-reports" 2>/dev/null \
  || curl -fsS -H "Authorization: Bearer $OFFICE" \
    "$SERVICE/api/indicators/v1/cycles/$CYCLE/progress-reports?unit=HANYIN&indicator=GDP&period=$CYCLE-12")"
report_id="$(echo "$report" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)"
uploads="$SERVICE/api/indicators/v1/cycles/$CYCLE/progress-reports/$report_id/evidence"
up=(); down=()
for _ in $(seq 1 "$ROUNDS"); do
  up+=("$(seconds "$uploads" "$OUT/upload.json" -F "file=@$OUT/evidence.pdf;type=application/pdf")")
  id="$(grep -o '"id":"[^"]*"' "$OUT/upload.json" | head -1 | cut -d'"' -f4)"
  down+=("$(seconds "$SERVICE/api/indicators/v1/cycles/$CYCLE/evidence/$id/content" "$OUT/download.pdf")")
  cmp -s "$OUT/evidence.pdf" "$OUT/download.pdf" || { echo "the download differs from the upload"; exit 1; }
done
u="$(printf '%s\n' "${up[@]}" | median)"; d="$(printf '%s\n' "${down[@]}" | median)"
echo "upload ${SIZE_MB} MB: median ${u}s ($(awk -v m="$SIZE_MB" -v s="$u" 'BEGIN {printf "%.1f", m / s}') MB/s);" \
  "download: ${d}s ($(awk -v m="$SIZE_MB" -v s="$d" 'BEGIN {printf "%.1f", m / s}') MB/s);" \
  "upload/download time $(awk -v a="$u" -v b="$d" 'BEGIN {printf "%.2f", a / b}'); rounds up ${up[*]} down ${down[*]}"

# 3. parallel uploads on the small heap
before="$(rss_kb)"
for i in $(seq 1 "$PARALLEL"); do
  curl -sS --max-time 300 -o "$OUT/parallel-$i.json" -w '%{http_code}\n' -H "Authorization: Bearer $OFFICE" \
    -F "file=@$OUT/evidence.pdf;type=application/pdf" "$uploads" > "$OUT/parallel-$i.code" &
done
wait
after="$(rss_kb)"
echo "$PARALLEL parallel uploads of ${SIZE_MB} MB: statuses $(cat "$OUT"/parallel-*.code | tr '\n' ' ');" \
  "indicator-service RSS ${before} kB before, ${after} kB after"
rm -f "$OUT/body.bin" "$OUT/evidence.pdf" "$OUT/download.pdf" "$OUT"/parallel-*
