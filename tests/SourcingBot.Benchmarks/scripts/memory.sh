#!/usr/bin/env bash
# Memory: the bot's resident set after serving 100k distinct conversations (one question each, 32 clients),
# then a soak of the mixed scenario (assessments and questions) with the resident set sampled every 30 s.
# Usage: memory.sh <publish folder> [soak minutes]
set -euo pipefail
publish=${1:?publish folder}
minutes=${2:-10}
port=5191
data=$(mktemp -d)
rss() { awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$pid/status"; }
dotnet "$publish/SourcingBot.dll" --urls "http://127.0.0.1:$port" --Storage:SqlitePath="$data/bot.db" --TurnLimits:Enabled=false >"$data/log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz" || true)" = 200 ]; do sleep 0.1; done
echo "ready: RSS $(rss)"
served=0
while [ "$served" -lt 100000 ]; do
  out=$(dotnet "$publish/SourcingBot.dll" bench http --url "http://127.0.0.1:$port" --scenario one-question --duration 00:00:10 --warm-up 00:00:00)
  served=$(( served + $(echo "$out" | awk '/^requests/ {gsub(",", "", $2); print $2}') ))
  echo "conversations served: $served, RSS $(rss)   (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
for sample in $(seq $(( minutes * 2 ))); do
  dotnet "$publish/SourcingBot.dll" bench http --url "http://127.0.0.1:$port" --scenario mixed --duration 00:00:30 --warm-up 00:00:00 | awk '/req\/s|latency/'
  echo "soak $(( sample * 30 )) s: RSS $(rss)   (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$data"
