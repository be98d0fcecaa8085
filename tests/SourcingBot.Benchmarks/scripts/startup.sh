#!/usr/bin/env bash
# Start-up of a published Release build: milliseconds from launching the process until /readyz answers 200
# (knowledge loaded, Recognizers and the engine warmed up), then the time of the first answer over /api/chat.
# Usage: startup.sh <publish folder> [runs]   (publish with: dotnet publish bot -c Release -o <folder>)
set -euo pipefail
publish=${1:?publish folder}
runs=${2:-5}
port=5190
ms() { echo $(( $(date +%s%N) / 1000000 )); }
for run in $(seq "$runs"); do
  data=$(mktemp -d)
  start=$(ms)
  dotnet "$publish/SourcingBot.dll" --urls "http://127.0.0.1:$port" --Storage:SqlitePath="$data/bot.db" --TurnLimits:Enabled=false >"$data/log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz" || true)" = 200 ]; do sleep 0.01; done
  ready=$(( $(ms) - start ))
  first=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' \
    --data '{"conversationId":"startup","userId":"startup","text":"what is nearshoring?"}' "http://127.0.0.1:$port/api/chat")
  echo "run $run: ready in $ready ms, first answer in $(awk "BEGIN{printf \"%.1f\", $first * 1000}") ms   (load $(cut -d' ' -f1-3 /proc/loadavg))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
