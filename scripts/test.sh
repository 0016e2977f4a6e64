#!/usr/bin/env bash
# The test command: unit tests (swift test), then the end-to-end journeys that drive
# the real binary in tmux, among them the browser check of the HTML pages
# (Tests/e2e/browser_html.sh, headless Chromium). Prints a closing "N passed, N failed"
# line for the journeys.
set -uo pipefail
cd "$(dirname "$0")/.."

# Warnings in the project's own code fail the run (dependencies may warn; they are not ours).
log=$(mktemp)
swift build --build-tests 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "build failed"; exit 1; }
if grep -E "/(Sources|Tests)/[^:]+:[0-9]+:[0-9]+: warning:" "$log" | grep -v "/.build/" ; then
    echo "the build has warnings"; exit 1
fi
rm -f "$log"
swift test || { echo "swift test failed"; exit 1; }

passed=0
failed=0
failures=()
for t in Tests/e2e/*.sh; do
    [ -f "$t" ] || continue
    name=$(basename "$t" .sh)
    [ "$name" = lib ] && continue   # the journeys' shared helpers, not a journey
    echo "=== e2e: $name"
    if bash "$t"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        failures+=("$name")
    fi
done
[ ${#failures[@]} -gt 0 ] && echo "failed journeys: ${failures[*]}"
echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
