#!/usr/bin/env bash
# The long reliability run: the same checks as the test command, many times larger.
# 2,000,000 fuzzed journal lines and 40,000 plans, 5,000 SIGKILLs of an appending writer,
# 4 processes x 20,000 appends. Takes about half an hour on two cores.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build || exit 1
LAGESBILD_FUZZ_SCALE=${LAGESBILD_FUZZ_SCALE:-20} swift test --filter FuzzTests || exit 1
KILLS=${KILLS:-5000} bash Tests/e2e/crash_kill.sh || exit 1
APPENDS=${APPENDS:-20000} WRITERS=${WRITERS:-4} bash Tests/e2e/concurrent_appends.sh || exit 1
echo "long reliability run: all passed"
