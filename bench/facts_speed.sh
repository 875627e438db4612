#!/usr/bin/env bash
# Facts step, side by side: all of SaudiNewsNet ingested into a fresh store by an earlier marsad
# (BEFORE, a binary) and by this checkout's, one after the other on this machine; prints the
# facts step's time (entity mentions, figures, quotes), its articles/s, the whole ingest's time
# and peak RSS, and the mentions found. Usage:
#   bench/facts_speed.sh BEFORE_BINARY [path/to/saudinewsnet.jsonl.gz]
# LIMIT=N takes the first N lines of the data only (both runs read the same lines).
# A BEFORE binary is built from a revision with `git worktree add /tmp/before REV && cargo build
# --release -p marsad --manifest-path /tmp/before/Cargo.toml`.
set -euo pipefail
cd "$(dirname "$0")/.."
before="${1:?usage: bench/facts_speed.sh BEFORE_BINARY [data]}"
data="${2:-../shared/data/saudinewsnet.jsonl.gz}"
[ -x "$before" ] || { echo "bench: $before is not an executable" >&2; exit 1; }
[ -f "$data" ] || { echo "bench: $data is missing" >&2; exit 1; }

cargo build --release --quiet -p marsad
after=target/release/marsad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -n "${LIMIT:-}" ]; then
  # zcat stops on a closed pipe once head has its lines: not a failure.
  { zcat -f "$data" || true; } | head -n "$LIMIT" > "$work/data.jsonl"
  data="$work/data.jsonl"
fi

run() { # label binary → one table row
  local label=$1 bin=$2 out="$work/$1.json" timing="$work/$1.time"
  /usr/bin/time -f '%e %M' -o "$timing" "$bin" --db "$work/$label.db" ingest --json "$data" > "$out"
  read -r seconds rss_kb < "$timing"
  python3 - "$out" "$label" "$seconds" "$rss_kb" <<'PY'
import json, sys
report, label, seconds, rss_kb = json.load(open(sys.argv[1])), sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
facts = report["facts"]
print(f"| {label:<7} | {facts['articles']:>8} | {facts['seconds']:>7.1f} | {facts['articles'] / facts['seconds']:>10.0f} "
      f"| {facts['mentions']:>8} | {seconds:>8.1f} | {rss_kb / 1024:>8.1f} |")
PY
}

echo "| marsad  | articles | facts s | articles/s | mentions | ingest s | RSS MiB  |"
echo "|---------|----------|---------|------------|----------|----------|----------|"
run before "$before"
run after "$after"
