#!/usr/bin/env bash
# One large article, side by side: `examples/corpus` repeated into single articles of 0.25, 1 and
# 4 MB (SIZES_MB to change), each ingested into a fresh store by an earlier marsad (BEFORE, a
# binary) and by this checkout's; prints each step's time (read, link, facts), the whole
# ingest's time and peak RSS, and seconds per MB of the facts step: a step linear in the
# article's size keeps its s/MB flat as the size grows. Usage:
#   bench/big_article.sh BEFORE_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
before="${1:?usage: bench/big_article.sh BEFORE_BINARY}"
[ -x "$before" ] || { echo "bench: $before is not an executable" >&2; exit 1; }
cargo build --release --quiet -p marsad
after=target/release/marsad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The corpus's articles, joined and repeated to the size (cut at a character boundary).
make_article() { # megabytes → path
  local path="$work/article_$1.txt"
  python3 - "$1" "$path" <<'PY'
import glob, sys
body = "\n\n".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob("examples/corpus/*.txt")))
size = int(float(sys.argv[1]) * 1024 * 1024)
text = (body * (size // len(body.encode()) + 2)).encode()[:size].decode("utf-8", "ignore")
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
  echo "$path"
}

step() { # log step-word → seconds
  grep -oP "^$2 .* in \K[0-9.]+(?=s)" "$1" | head -n1 || echo "?"
}

printf '| build | MB | read s | link s | facts s | facts s/MB | ingest s | peak RSS MiB |\n|---|---:|---:|---:|---:|---:|---:|---:|\n'
for mb in ${SIZES_MB:-0.25 1 4}; do
  article=$(make_article "$mb")
  for label in before after; do
    bin=$before; [ "$label" = after ] && bin=$after
    rm -rf "$work/$label.db"*
    /usr/bin/time -f '%e %M' -o "$work/time" "$bin" --db "$work/$label.db" ingest "$article" > "$work/log" 2>&1
    read -r seconds rss_kb < "$work/time"
    facts=$(step "$work/log" "read the facts")
    per_mb=$(python3 -c "print(f'{float(\"$facts\")/float(\"$mb\"):.2f}')" 2>/dev/null || echo "?")
    printf '| %s | %s | %s | %s | %s | %s | %s | %d |\n' "$label" "$mb" "$(step "$work/log" read)" \
      "$(step "$work/log" linked)" "$facts" "$per_mb" "$seconds" "$((rss_kb / 1024))"
  done
done
