#!/usr/bin/env bash
# The browser check: writes every HTML page Lägesbild makes (the follow-up report of a
# tertial and of the year, finished and running, in Swedish and English, and a meeting's
# minutes) from a copy of sample-data with the built binary, then has check_html.py look
# at each in headless Chromium, on screen and printed to A4.
#   Tests/browser/run.sh [--shots DIR]    (DIR keeps the screenshots and PDFs)
# Needs chromium, chromium-driver, python3-selenium and poppler-utils (.ci/run installs them).
given_bin=${BIN:-}
source "$(dirname "$0")/../e2e/lib.sh"
[ -n "$given_bin" ] && BIN=$given_bin
shots=()
[ "${1:-}" = --shots ] && [ -n "${2:-}" ] && shots=(--shots "$2")

for tool in chromium chromedriver pdfinfo tmux; do
    command -v "$tool" > /dev/null || fail "$tool is missing: .ci/run installs it"
done
py=
for candidate in python3 /usr/bin/python3; do
    "$candidate" -c 'import selenium' 2> /dev/null && { py=$candidate; break; }
done
[ -n "$py" ] || fail "no python3 with selenium: .ci/run installs python3-selenium"
[ -x "$BIN" ] || fail "no binary at $BIN"

d=$(copy_sample)
out="$WORK/html"
mkdir -p "$out"
report() {
    local name=$1; shift
    "$BIN" report --data "$d" --format html --out "$out/$name.html" "$@" || fail "report $* failed"
}
report report-2023-T3 --period 2023-T3 --today 2024-01-15
report report-2023 --period 2023 --today 2024-01-15
report report-2023-T3-en --period 2023-T3 --today 2024-01-15 --lang en
report report-2023-T3-running --period 2023-T3 --today 2023-11-20
report report-years-2021-2023 --years 2021-2023 --today 2024-01-15
"$BIN" document --data "$d" --year 2023 --today 2024-01-15 --out "$out/document-2023.html" || fail "document failed"

# The minutes of week 47: one follow-up marked done, one decision, then closed.
start "bash -c '$BIN meeting --data $d --today 2023-11-21 --author chair@browser; echo EXITED \$?; sleep 60'"
wait_for "1. Uppföljning"
wait_for "x klar"
keys x
wait_for "Åtgärden är nu klar"
keys b
wait_for "Nytt beslut"
type_text "Belysning och röjning vid resecentrum"
keys Tab Tab
type_text "Tekniska förvaltningen"
keys C-s
wait_for "Beslutet är sparat"
keys a
wait_for "Avsluta mötet vecka 47"
type_text "Polisen, Kommunen, Vaggerydsbostäder"
keys C-s
wait_for "EXITED 0"
[ -f "$d/minutes/vecka-47-2023.html" ] || fail "no minutes written: $(ls "$d/minutes" 2>&1)"
cp "$d/minutes/vecka-47-2023.html" "$out/minutes-vecka-47-2023.html"

# Each page with the number of A4 pages it prints on; more means the layout came apart.
# A new kind of page (a map, a document) is written above and listed here as FILE=PAGES.
"$py" "$(dirname "$0")/check_html.py" "${shots[@]}" \
    "$out/report-2023-T3.html=10" \
    "$out/report-2023.html=13" \
    "$out/report-2023-T3-en.html=10" \
    "$out/report-2023-T3-running.html=10" \
    "$out/report-years-2021-2023.html=2" \
    "$out/document-2023.html=11" \
    "$out/minutes-vecka-47-2023.html=3"
