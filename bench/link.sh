#!/usr/bin/env bash
# Linking benchmarks (issue 4), printed as tables:
#  1. the whole pipeline on all of SaudiNewsNet: docs/s and peak RSS;
#  2. growth: linking 10k, 20k and 30k articles, and the ratios;
#  3. the duplicate index's size per article;
#  4. side by side with Python datasketch MinHashLSH on the same shingles (pip-installed here).
# Usage: bench/link.sh [path/to/saudinewsnet.jsonl.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/saudinewsnet.jsonl.gz}"
[ -f "$data" ] || { echo "bench: $data is missing" >&2; exit 1; }

cargo build --release --quiet -p marsad
bin=$PWD/target/release/marsad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "## Whole pipeline and growth (one core, release build)"
echo
echo "| articles in | new | ingest s | link s | link docs/s | total docs/s | peak RSS MiB | link s per 10k |"
echo "|---|---|---|---|---|---|---|---|"
for lines in 10000 20000 31030; do
  zcat "$data" | head -n "$lines" > "$work/part.jsonl" || true  # head closes the pipe early
  rm -f "$work/g.db"*
  /usr/bin/time -f '%e %M' -o "$work/time" taskset -c 0 "$bin" --db "$work/g.db" ingest --json "$work/part.jsonl" > "$work/report.json"
  read -r seconds rss_kb < "$work/time"
  python3 - "$work/report.json" "$lines" "$seconds" "$rss_kb" <<'PY'
import json, sys
report, lines, seconds, rss = json.load(open(sys.argv[1])), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
link = report["linking"]["seconds"]
new = report["new"]
print(f"| {lines:,} | {new:,} | {report['seconds']:.1f} | {link:.1f} | {new / link:,.0f} | {lines / seconds:,.0f} | {rss / 1024:.0f} | {link / new * 10000:.1f} |")
PY
done
echo
python3 - "$work/g.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
try:
    sizes = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    dup = sum(sizes.get(t, 0) for t in ("lsh_buckets", "link_profiles", "sqlite_autoindex_link_profiles_1"))
    terms = sizes.get("term_index", 0)
    print(f"duplicate index (LSH buckets + link profiles): {dup / articles:.0f} bytes per article; "
          f"same-event term index: {terms / articles:.0f} bytes per article ({articles:,} articles)")
except sqlite3.Error as error:
    print(f"(index size needs SQLite's dbstat: {error})")
PY
echo
echo "## Side by side with datasketch (threshold 0.8, 128 permutations)"
echo
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet datasketch
"$work/venv/bin/python" bench/link_vs_datasketch.py "$bin" "$data" "$work" "${DOCS:-10000}" "${COPIES:-1000}"
