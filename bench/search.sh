#!/usr/bin/env bash
# The search benchmark: marsad's tantivy index against SQLite FTS5 over the same normalized
# tokens, on a store of ANT (31k articles). Builds the store first when it is missing.
# Usage: bench/search.sh [STORE.db]   (default /tmp/marsad-bench-ant.db)
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-/tmp/marsad-bench-ant.db}"
ant=../shared/data/ant_multisource.jsonl.gz
cargo build --release -q -p marsad --bin marsad
cargo build --release -q -p marsad-engine --example search_bench
if [ ! -e "$store" ]; then
  target/release/marsad --db "$store" ingest "$ant" > /dev/null
fi
target/release/examples/search_bench "$store"
