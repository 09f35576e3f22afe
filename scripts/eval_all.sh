#!/usr/bin/env bash
# Every events figure the README's tables report, one output file per gold file, for scripts/readme_tables.py:
#   scripts/eval_all.sh OUT [PYTHONPATH]   (PYTHONPATH: the src/ of another release, to score it alike)
# OUT gets a `khabar eval events` output for each bench/data events file (wire suites, construction files,
# ANERcorp and UniversalPetrarch files), default19.txt (the default set), rest.txt (events_rest_*, rebuilt
# from ANERcorp's train.txt at $ANERCORP), agreement.txt, second_up.txt and second_dev.txt (the coder
# against the second annotations). Two files at a time.
set -euo pipefail
OUT=$(realpath -m "$1"); PP=${2:-}
ANERCORP=${ANERCORP:-../shared/data/anercorp/train.txt}
cd "$(dirname "$0")/.."
KHABAR=${KHABAR:-.venv/bin/khabar}
mkdir -p "$OUT"
export PYTHONPATH=$PP KHABAR OUT
ls bench/data/events_wire_*.jsonl bench/data/events_constructions_*.jsonl bench/data/events_dev*.jsonl \
  bench/data/events_up_*.jsonl |
  xargs -P 2 -I{} sh -c '"$KHABAR" eval events --gold {} > "$OUT/$(basename {} .jsonl).txt" 2>&1'
"$KHABAR" eval events > "$OUT/default19.txt" 2>&1 &
"$KHABAR" eval events --gold bench/data/events_rest_dev.jsonl --gold bench/data/events_rest_heldout.jsonl \
  --anercorp "$ANERCORP" > "$OUT/rest.txt" 2>&1
wait
"$KHABAR" eval agreement > "$OUT/agreement.txt" 2>&1
"$KHABAR" eval events --gold bench/data/agreement/events_up_heldout.second.jsonl > "$OUT/second_up.txt" 2>&1
"$KHABAR" eval events --anercorp "$ANERCORP" \
  $(for n in 8 9 10 16 17; do echo --gold bench/data/agreement/events_dev$n.second.jsonl; done) \
  > "$OUT/second_dev.txt" 2>&1
