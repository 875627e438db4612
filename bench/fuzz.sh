#!/usr/bin/env bash
# Fuzzing: runs each cargo-fuzz target of fuzz/ (normalize, numbers, dates, sentences, jsonl, html,
# boilerplate) for SECONDS (default 600) from its committed seeds in fuzz/corpus/<target>/, new
# inputs going to a scratch corpus (kept under $FUZZ_WORK, default a temp dir), and prints a
# table: target, seconds, executions, coverage (libFuzzer's `cov`), corpus size, and crashes (the
# artifacts under fuzz/artifacts/<target>/; each becomes a regression test). Needs nightly Rust
# and cargo-fuzz (installed if missing: `cargo install cargo-fuzz`). With MERGE=1, each target's
# committed seeds and what the run found are merged back into fuzz/corpus/<target>/ by libFuzzer's
# -merge=1 (the smallest set of inputs, each cut to 512 bytes, that keeps every coverage edge;
# hit counts and comparison values not counted), so the committed corpora stay small. Usage:
#   [MERGE=1] bench/fuzz.sh [SECONDS] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(normalize numbers dates sentences jsonl html boilerplate)
command -v cargo-fuzz >/dev/null 2>&1 || cargo install --locked cargo-fuzz
work="${FUZZ_WORK:-$(mktemp -d)}"
mkdir -p "$work"
cargo +nightly fuzz build --release >/dev/null

printf '%-12s %8s %12s %8s %8s %8s %8s\n' target seconds executions cov corpus kept crashes
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"
  log="$work/$target.log"
  set +e
  cargo +nightly fuzz run --release "$target" "$work/$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 >"$log" 2>&1
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  corpus=$(find "$work/$target" -type f | wc -l)
  crashes=$(find "fuzz/artifacts/$target" -type f 2>/dev/null | wc -l)
  kept=-
  if [ "${MERGE:-0}" = 1 ]; then
    merged="$work/$target.merged"
    rm -rf "$merged" && mkdir -p "$merged"
    cargo +nightly fuzz run --release "$target" "$merged" "fuzz/corpus/$target" "$work/$target" -- \
      -merge=1 -max_len=512 -use_counters=0 -use_value_profile=0 -use_cmp=0 -timeout=10 -rss_limit_mb=2048 >"$work/$target.merge.log" 2>&1
    rm -rf "fuzz/corpus/$target" && mv "$merged" "fuzz/corpus/$target"
    kept=$(find "fuzz/corpus/$target" -type f | wc -l)
  fi
  printf '%-12s %8s %12s %8s %8s %8s %8s\n' "$target" "$seconds" "${runs:-?}" "${cov:-?}" "$corpus" "$kept" "$crashes"
done
echo "logs and scratch corpora: $work"
