#!/usr/bin/env bash
# Runs libFuzzer on the journal line reader (simdjson's tokens read into records).
#   scripts/fuzz-journal.sh [SECONDS]       default 60; extra libFuzzer flags after it
# The seed corpus is the sample folder's journal lines, one per file; findings (a crashing
# input) are written to .build-fuzz/crash-* and can be replayed with the plain build:
#   swift run lagesbild-fuzz .build-fuzz/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"; shift || true
swift build -c release --product lagesbild-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld >&2
corpus=.build-fuzz/corpus
if [ ! -d "$corpus" ]; then
    mkdir -p "$corpus"
    # A few hundred real lines of every kind as seeds.
    cat sample-data/journal/*.jsonl | awk 'NR % 97 == 1' | split -l 1 - "$corpus/line-"
fi
.build-fuzz/release/lagesbild-fuzz "$corpus" -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix=.build-fuzz/ -print_final_stats=1 "$@"
