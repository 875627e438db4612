#!/usr/bin/env bash
# Ingest benchmark: all of SaudiNewsNet (read + decode + clean + normalize + store) into a fresh
# SQLite store on one core, then the same again (every article already known). Prints docs/s
# and peak RSS as a table. Usage: bench/ingest.sh [path/to/saudinewsnet.jsonl.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/saudinewsnet.jsonl.gz}"
[ -f "$data" ] || { echo "bench: $data is missing" >&2; exit 1; }

cargo build --release --quiet -p marsad
bin=target/release/marsad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() { # label → one table row
  local label=$1 out="$work/$1.json" timing="$work/$1.time"
  /usr/bin/time -f '%e %M' -o "$timing" taskset -c 0 "$bin" --db "$work/bench.db" ingest --json "$data" > "$out"
  read -r seconds rss_kb < "$timing"
  python3 - "$out" "$label" "$seconds" "$rss_kb" <<'PY'
import json, sys
report, label, seconds, rss_kb = json.load(open(sys.argv[1])), sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
docs = report["new"] + report["already_known"] + report["rejected"]
print(f"| {label:<22} | {docs:>6} | {report['new']:>6} | {report['already_known']:>6} | {report['rejected']:>5} "
      f"| {seconds:>7.2f} | {docs / seconds:>8.0f} | {rss_kb / 1024:>8.1f} |")
PY
}

echo "| run                    |   docs |    new |  known | rej.  |  wall s |   docs/s | RSS MiB  |"
echo "|------------------------|--------|--------|--------|-------|---------|----------|----------|"
run "fresh store (1 core)"
run "re-ingest (1 core)"
echo
echo "store size: $(du -h "$work/bench.db" | cut -f1) (WAL checkpointed on close)"
