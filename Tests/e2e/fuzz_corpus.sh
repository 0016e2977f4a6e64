#!/usr/bin/env bash
# The inputs libFuzzer kept while fuzzing the journal line reader (scripts/fuzz-journal.sh,
# merged to those that each reach code no other reaches) go through the reader again:
# none may crash, and every line that decodes must write and read back unchanged.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(swift build --show-bin-path)/lagesbild-fuzz
[ -x "$bin" ] || swift build --product lagesbild-fuzz >/dev/null
n=$(ls Tests/fuzz/journal-lines | wc -l)
out=$("$bin" Tests/fuzz/journal-lines/*)
echo "$out"
grep -q "^$n inputs read, none crashed$" <<< "$out"
echo "ok: fuzz_corpus"
