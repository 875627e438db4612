#!/usr/bin/env bash
# The link step of this build against an older one, side by side in one run (issue 14: linking
# must stay within 1.5x). Both binaries ingest all of SaudiNewsNet and all of ANT into fresh
# stores, one after the other on one core; the table gives link seconds, pairs compared, the
# whole ingest's docs/s and peak RSS, and the ratio of link times.
# Usage: bench/link_speed.sh BASE_REVISION [SaudiNewsNet.jsonl.gz] [ANT.jsonl.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
base_rev="${1:?usage: bench/link_speed.sh BASE_REVISION [SaudiNewsNet.jsonl.gz] [ANT.jsonl.gz]}"
sn="${2:-../shared/data/saudinewsnet.jsonl.gz}"
ant="${3:-../shared/data/ant_multisource.jsonl.gz}"
for f in "$sn" "$ant"; do [ -f "$f" ] || { echo "bench: $f is missing" >&2; exit 1; }; done

work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" 2>/dev/null || true; rm -rf "$work"' EXIT
cargo build --release --quiet -p marsad
cp target/release/marsad "$work/new"
git worktree add --quiet --detach "$work/base" "$base_rev"
(cd "$work/base" && CARGO_TARGET_DIR="$work/base-target" cargo build --release --quiet -p marsad)
cp "$work/base-target/release/marsad" "$work/base-bin"

echo "| set | build | link s | pairs compared | links same_event | docs/s (whole ingest) | peak RSS MiB |"
echo "|---|---|---|---|---|---|---|"
for name in SaudiNewsNet ANT; do
  data=$sn; [ "$name" = ANT ] && data=$ant
  for build in base new; do
    bin="$work/$build"; [ "$build" = base ] && bin="$work/base-bin"
    rm -f "$work/s.db"*
    /usr/bin/time -f '%e %M' -o "$work/time" taskset -c 0 "$bin" --db "$work/s.db" ingest --json "$data" > "$work/$name-$build.json"
    read -r seconds rss_kb < "$work/time"
    python3 - "$work/$name-$build.json" "$name" "$build" "$seconds" "$rss_kb" <<'PY'
import json, sys
r, name, build, wall, rss = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
link = r["linking"]
docs = r["new"] + r.get("already_known", 0)
print(f"| {name} | {build} | {link['seconds']:.1f} | {link['compared']:,} | {link['links'].get('same_event', 0):,} "
      f"| {docs / wall:,.0f} | {rss / 1024:.0f} |")
PY
  done
done
echo
python3 - "$work" <<'PY'
import json, sys
for name in ("SaudiNewsNet", "ANT"):
    base, new = (json.load(open(f"{sys.argv[1]}/{name}-{b}.json"))["linking"]["seconds"] for b in ("base", "new"))
    print(f"- {name}: link time new / base = {new / base:.2f}x")
PY
