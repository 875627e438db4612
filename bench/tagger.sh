#!/usr/bin/env bash
# The name tagger's figures: trains it on ANERcorp's training part exactly as shipped (the last
# sixth held out) and prints CoNLL span scores per type and unique-names-per-article precision
# and recall for the rules alone, the tagger alone and marsad's combination, on the development
# part and on the held-out part. Writes the weights to a temporary file (the shipped ones are
# rebuilt by the command in the README). Usage: bench/tagger.sh [path/to/anercorp_train.conll.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data/anercorp_train.conll.gz}"
[ -f "$data" ] || { echo "bench: $data is missing" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet -p marsad-core --example tagger_train
target/release/examples/tagger_train "$data" "$work/weights.bin.gz"
if cmp -s "$work/weights.bin.gz" crates/core/data/tagger_weights.bin.gz; then
  echo; echo "The weights trained here are byte for byte the shipped ones."
else
  echo; echo "The weights trained here differ from the shipped ones: rebuild them (README)." >&2
fi
