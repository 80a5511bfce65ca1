#!/usr/bin/env bash
# Gateway benchmark: the same authenticated trivial GET (GET /api/indicators/v1/me, which checks
# the JWT and reads no table) measured (a) directly on the indicator service, (b) through nginx
# proxy_pass with a keep-alive upstream (the reference proxy), (c) through the Kaohe gateway.
# One run, the three alternating, ROUNDS rounds; medians reported. Loopback only, bounded in time.
#
#   ./platform up -d && bench/gateway.sh            # defaults: 3 rounds x 10 s, 2 threads, 64 connections
#   ROUNDS=5 DURATION=20s bench/gateway.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
SERVICE_PORT="${KAOHE_INDICATORS_PORT:-8081}"
GATEWAY_PORT="${KAOHE_GATEWAY_PORT:-8080}"
NGINX_PORT="${NGINX_PORT:-18090}"
ISSUER="http://localhost:${KAOHE_KEYCLOAK_PORT:-8180}/realms/kaohe"
PATH_UNDER_TEST="/api/indicators/v1/me"

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null; then
    apt-get install -y -qq "$([ "$tool" = nginx ] && echo nginx-light || echo wrk)" >/dev/null
  fi
done
curl -fsS -o /dev/null "http://localhost:$GATEWAY_PORT/actuator/health/readiness" \
  || { echo "the platform is not up: run ./platform up -d first" >&2; exit 1; }

TOKEN="$(curl -fsS -u demo-integrator:demo-secret -d grant_type=client_credentials \
  "$ISSUER/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')"

work="$(mktemp -d)"
trap 'nginx -p "$work" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/logs"
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream indicators { server 127.0.0.1:$SERVICE_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://indicators;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
    }
  }
}
NGINX
nginx -p "$work" -c nginx.conf

run() { # name url -> "rps p50_ms p99_ms"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$2" > "$work/$1.out"
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    $1=="50%" { p50=ms($2) } $1=="99%" { p99=ms($2) }
    /Non-2xx/ { bad=$4 }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad==""?0:bad) }' "$work/$1.out"
}

# Warm-up: the JIT and the connection pools, not measured.
for url in "http://127.0.0.1:$SERVICE_PORT" "http://127.0.0.1:$NGINX_PORT" "http://127.0.0.1:$GATEWAY_PORT"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d15s -H "Authorization: Bearer $TOKEN" "$url$PATH_UNDER_TEST" >/dev/null
done

declare -A results
for round in $(seq 1 "$ROUNDS"); do
  results[direct]+="$(run direct "http://127.0.0.1:$SERVICE_PORT$PATH_UNDER_TEST")"$'\n'
  results[nginx]+="$(run nginx "http://127.0.0.1:$NGINX_PORT$PATH_UNDER_TEST")"$'\n'
  results[gateway]+="$(run gateway "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST")"$'\n'
  echo "round $round done" >&2
done

median() { sort -n | awk '{ a[NR]=$1 } END { print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2) }'; }
echo "| path | req/s (median of $ROUNDS) | p50 ms | p99 ms | non-2xx | all rounds req/s |"
echo "|---|---|---|---|---|---|"
for name in direct nginx gateway; do
  rows="$(printf '%s' "${results[$name]}" | sed '/^$/d')"
  rps="$(echo "$rows" | cut -d' ' -f1 | median)"
  p50="$(echo "$rows" | cut -d' ' -f2 | median)"
  p99="$(echo "$rows" | cut -d' ' -f3 | median)"
  bad="$(echo "$rows" | cut -d' ' -f4 | paste -sd+ | bc)"
  echo "| $name | $rps | $p50 | $p99 | $bad | $(echo "$rows" | cut -d' ' -f1 | paste -sd' ') |"
  eval "rps_$name=$rps; p99_$name=$p99"
done
echo
echo "gateway / nginx throughput: $(echo "scale=2; $rps_gateway / $rps_nginx" | bc)  (goal >= 0.70)"
echo "gateway / nginx p99:        $(echo "scale=2; $p99_gateway / $p99_nginx" | bc)  (goal <= 2.0)"
