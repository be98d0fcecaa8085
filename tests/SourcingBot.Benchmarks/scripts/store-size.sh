#!/usr/bin/env bash
# Time per turn against a conversation store that already holds 10k, 100k and 1M conversations: the bot runs on
# a copy of the files SqliteStateBenchmarks seeds (run it once first), and `bench http` drives the mixed scenario
# (assessment turns read and write state, questions read it) with one client (time per turn) and with 32.
# Usage: store-size.sh <publish folder> [seconds]   (publish with: dotnet publish bot -c Release -o <folder>)
set -euo pipefail
publish=${1:?publish folder}
seconds=${2:-20}
seeded=${TMPDIR:-/tmp}/sourcingbot-benchmarks
port=5192
for rows in 10000 100000 1000000; do
  [ -f "$seeded/state-$rows.db" ] || { echo "no $seeded/state-$rows.db: run SqliteStateBenchmarks once to seed it" >&2; exit 1; }
  data=$(mktemp -d)
  cp "$seeded/state-$rows.db" "$data/bot.db"
  dotnet "$publish/SourcingBot.dll" --urls "http://127.0.0.1:$port" --Storage:SqlitePath="$data/bot.db" --TurnLimits:Enabled=false \
    --Logging:LogLevel:Default=Warning >"$data/log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/readyz" || true)" = 200 ]; do sleep 0.1; done
  for clients in 1 32; do
    echo "== $rows stored conversations, $clients client(s)   (load $(cut -d' ' -f1-3 /proc/loadavg))"
    dotnet "$publish/SourcingBot.dll" bench http --url "http://127.0.0.1:$port" --scenario mixed --clients "$clients" \
      --duration "00:00:$seconds" --warm-up 00:00:10 | awk '/req\/s|latency/'
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
