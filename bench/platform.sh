#!/usr/bin/env bash
# Times `./platform up -d` on warm data (the second start) and reports each process's resident
# memory once it is ready. Stops and restarts the platform.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./platform down >/dev/null 2>&1 || true
./platform up -d >/dev/null          # cold or first start: builds, initialises, imports
./platform down >/dev/null
start=$(date +%s.%N)
./platform up -d >/dev/null
end=$(date +%s.%N)
echo "warm ./platform up -d until ready and seeded: $(echo "$end - $start" | bc | xargs printf '%.1f') s"
sleep 5
echo "| process | RSS MB |"
echo "|---|---|"
for name in postgres keycloak indicators scoring evaluations gateway; do
  pid="$(cat ".kaohe/run/$name.pid" 2>/dev/null || true)"
  [ -n "$pid" ] || continue
  if [ "$name" = postgres ]; then
    # the postmaster and its backends share memory; count the sum of their private + shared once
    rss=$(ps -o rss= --ppid "$pid" -p "$pid" | awk '{s+=$1} END {print s}')
  elif [ "$name" = keycloak ]; then
    rss=$(ps -o rss= -p "$pid" --ppid "$pid" | awk '{s+=$1} END {print s}')
  else
    rss=$(ps -o rss= -p "$pid" | awk '{print $1}')
  fi
  echo "| $name | $((rss / 1024)) |"
done
