#!/usr/bin/env bash
# Load on `marsad serve` (loopback only, bounded in time): wrk against an event page, the same
# event's API and search (a rotation of queries), on a SaudiNewsNet store. Prints a table of
# requests/s, latency p50/p99 and errors (non-2xx answers and socket errors).
# Usage: bench/serve_load.sh [STORE.db] [SECONDS]   (default /tmp/marsad-bench-snn.db, 20 s)
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-/tmp/marsad-bench-snn.db}"
seconds="${2:-20}"
data=../shared/data/saudinewsnet.jsonl.gz
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
cargo build --release -q -p marsad --bin marsad
if [ ! -e "$store" ]; then
  target/release/marsad --db "$store" ingest "$data" > /dev/null
fi
port=18089
target/release/marsad --db "$store" serve --addr "127.0.0.1:$port" 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 100); do curl -sf "$base/api/v1/stories?limit=1" >/dev/null && break; sleep 0.2; done

# The most covered event of the latest storylines.
event=$(curl -sf "$base/api/v1/stories?limit=50" | python3 -c '
import json, sys
d = json.load(sys.stdin)
events = [e for s in d["stories"] for e in s["events"]] + d["events"]
print(max(events, key=lambda e: len(e["articles"]))["id"])')
articles=$(curl -sf "$base/api/v1/events/$event" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["articles"]))')

# Search: a rotation of queries (words of the latest storylines' titles), one per request.
lua=$(mktemp --suffix=.lua)
curl -sf "$base/api/v1/stories?limit=100" | python3 -c '
import json, sys, urllib.parse
d = json.load(sys.stdin)
titles = [s["title"] for s in d["stories"] if s.get("title")]
queries = [" ".join(t.split()[:3]) for t in titles][:100]
paths = ["/api/v1/search?q=" + urllib.parse.quote(q) for q in queries]
print("paths = {" + ",".join(json.dumps(p) for p in paths) + "}")
print("i = 0")
print("request = function() i = i % #paths + 1; return wrk.format(\"GET\", paths[i]) end")' > "$lua"

run() { # NAME URL [LUA]
  local out
  out=$(wrk -t2 -c16 -d"${seconds}s" --latency ${3:+-s "$3"} "$2")
  local rps p50 p99 non2xx socket
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/ {print $4+$6+$8+$10}' <<<"$out" | tr -d ','); socket=${socket:-0}
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p99" "$((non2xx + socket))"
}

stored=$(curl -sf "$base/api/v1/stories?limit=1" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total_stories"], "storylines,", d["total_events"], "lone events")')
echo "store: $store ($stored); event $event ($articles articles); wrk -t2 -c16 -d${seconds}s on 2 cores, server and load on one machine"
echo
echo "| target | requests/s | p50 | p99 | errors |"
echo "|---|---:|---:|---:|---:|"
run "event page /events/ID" "$base/events/$event"
run "event API /api/v1/events/ID" "$base/api/v1/events/$event"
run "search API (100 queries in turn)" "$base" "$lua"
run "home page /" "$base/"
rm -f "$lua"
