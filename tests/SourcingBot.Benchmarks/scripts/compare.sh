#!/usr/bin/env bash
# /api/messages (expectReplies) of SourcingBot and of the reference bot (reference-bot/, Microsoft 365 Agents
# SDK for JavaScript), both without an app id, measured alternately in one run: 32 clients, questions.
# Usage: compare.sh <publish folder> [repeat]
set -euo pipefail
publish=${1:?publish folder}
repeat=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
data=$(mktemp -d)
(cd "$here/reference-bot" && [ -d node_modules ] || npm install --no-package-lock --no-audit --no-fund >/dev/null)
PORT=5193 node "$here/reference-bot/index.mjs" >"$data/reference.log" 2>&1 &
reference=$!
dotnet "$publish/SourcingBot.dll" --urls http://127.0.0.1:5192 --Storage:SqlitePath="$data/bot.db" --TurnLimits:Enabled=false >"$data/bot.log" 2>&1 &
bot=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5192/readyz || true)" = 200 ]; do sleep 0.1; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$publish/SourcingBot.dll" bench http --target messages --scenario questions --clients 32 --duration 00:00:20 --warm-up 00:00:15 \
  --url http://127.0.0.1:5192 --compare http://127.0.0.1:5193 --repeat "$repeat" || true
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
kill "$bot" "$reference"; wait 2>/dev/null || true
rm -rf "$data"
