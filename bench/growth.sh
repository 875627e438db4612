#!/usr/bin/env bash
# Growth of the link and cluster steps with the store (issue 13), printed as tables:
#  1. link time, pairs compared, cluster time and the largest components, for prefixes of
#     SaudiNewsNet and ANT ingested in one batch each, and the ratio of link time at 30k to 10k;
#  2. an incremental batch: the last records of each set ingested into a store of the rest —
#     what the cluster step drew again, and its time against one clustering of everything;
#  3. `stories --limit 20 --json` after the full ingest, against the ingest's time.
# Usage: bench/growth.sh [SaudiNewsNet.jsonl.gz] [ANT.jsonl.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
sn="${1:-../shared/data/saudinewsnet.jsonl.gz}"
ant="${2:-../shared/data/ant_multisource.jsonl.gz}"
for f in "$sn" "$ant"; do [ -f "$f" ] || { echo "bench: $f is missing" >&2; exit 1; }; done

cargo build --release --quiet -p marsad
bin=$PWD/target/release/marsad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

report() {  # report.json lines wall_seconds rss_kb db
  python3 - "$@" <<'PY'
import json, sqlite3, sys
report, lines, wall, rss, db = json.load(open(sys.argv[1])), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
link, clusters = report["linking"], report["clusters"]
c = sqlite3.connect(db)
story_articles = c.execute("SELECT max(n) FROM (SELECT sum(articles) n FROM events GROUP BY story_component)").fetchone()[0]
event_articles = c.execute("SELECT max(n) FROM (SELECT count(*) n FROM cluster_members GROUP BY event_component)").fetchone()[0]
print(f"| {lines:,} | {report['new']:,} | {link['seconds']:.1f} | {link['compared']:,} | {link['candidates']:,} "
      f"| {clusters['seconds']:.1f} | {event_articles:,} | {story_articles:,} | {lines / wall:,.0f} | {rss / 1024:.0f} |")
PY
}

for name in SaudiNewsNet ANT; do
  data=$sn; [ "$name" = ANT ] && data=$ant
  zcat "$data" > "$work/all.jsonl"
  total=$(wc -l < "$work/all.jsonl")
  echo "## $name: one batch per prefix (release build, one core)"
  echo
  echo "| records | new | link s | pairs compared | pairs sharing keys | cluster s | largest event component (articles) | largest story component (articles) | docs/s | peak RSS MiB |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for lines in 10000 20000 30000 "$total"; do
    head -n "$lines" "$work/all.jsonl" > "$work/part.jsonl"
    rm -f "$work/g.db"*
    /usr/bin/time -f '%e %M' -o "$work/time" taskset -c 0 "$bin" --db "$work/g.db" ingest --json "$work/part.jsonl" > "$work/r$lines.json"
    read -r seconds rss_kb < "$work/time"
    report "$work/r$lines.json" "$lines" "$seconds" "$rss_kb" "$work/g.db"
  done
  python3 - "$work/r10000.json" "$work/r30000.json" <<'PY'
import json, sys
a, b = (json.load(open(p))["linking"] for p in sys.argv[1:])
print(f"\nlink time at 30k / 10k: {b['seconds'] / a['seconds']:.2f}x (pairs compared {b['compared'] / a['compared']:.2f}x, articles {b['articles'] / a['articles']:.2f}x)\n")
PY
  # The full store is in g.db: time the first page of storylines against the ingest.
  /usr/bin/time -f '%e' -o "$work/stories" "$bin" --db "$work/g.db" stories --limit 20 --json > /dev/null
  python3 - "$work/r$total.json" "$(cat "$work/stories")" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); ingest = r["seconds"] + r["linking"]["seconds"] + r["facts"]["seconds"] + r["clusters"]["seconds"]
print(f"`stories --limit 20 --json` after the full ingest: {float(sys.argv[2]):.2f} s, {100 * float(sys.argv[2]) / ingest:.3f}% of the ingest's {ingest:.0f} s\n")
PY
  echo "## $name: an incremental batch (the last 1,000 records into a store of the rest)"
  echo
  head -n $((total - 1000)) "$work/all.jsonl" > "$work/first.jsonl"
  tail -n 1000 "$work/all.jsonl" > "$work/last.jsonl"
  rm -f "$work/i.db"*
  "$bin" --db "$work/i.db" ingest --json "$work/first.jsonl" > "$work/first.json"
  taskset -c 0 "$bin" --db "$work/i.db" ingest --json "$work/last.jsonl" > "$work/last.json"
  python3 - "$work/first.json" "$work/last.json" <<'PY'
import json, sys
first, last = (json.load(open(p)) for p in sys.argv[1:])
f, l = first["clusters"], last["clusters"]
print("| batch | new | link s | cluster s | articles whose events were drawn again | events whose storylines were drawn again | scopes whose findings were found again |")
print("|---|---|---|---|---|---|---|")
for name, r in (("the rest (everything clustered)", first), ("last 1,000", last)):
    c = r["clusters"]
    print(f"| {name} | {r['new']:,} | {r['linking']['seconds']:.1f} | {c['seconds']:.2f} | {c['articles']:,} | {c['events']:,} | {c['scopes']:,} |")
print()
PY
done
