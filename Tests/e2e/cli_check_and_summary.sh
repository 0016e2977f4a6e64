# The foundation's command line on sample-data: check passes; broken copies give the
# promised errors with file:line; summary's promise figures match an independent
# recomputation from the raw journal lines.
source "$(dirname "$0")/lib.sh"

"$BIN" check --data "$ROOT/sample-data" > "$WORK/check.txt" || { cat "$WORK/check.txt"; fail "check on sample-data did not exit 0"; }
grep -q " 0 fel" "$WORK/check.txt" || fail "check did not report zero errors"

# A torn last line: a warning naming file and line; the rest loads; exit 0.
d=$(copy_sample)
j=$(ls "$d"/journal/*.jsonl | head -1)
lines=$(wc -l < "$j")
printf '{"v":1,"id":"half' >> "$j"
out=$("$BIN" check --data "$d") || fail "a torn last line made check fail: $out"
grep -q "journal/$(basename "$j"):$((lines + 1)): varning: sista raden är avbruten" <<< "$out" || fail "no torn-line warning with file:line: $out"

# A malformed line in the middle: an error naming file:line; exit status 1; the rest still counts.
d2="$WORK/data2"; cp -r "$ROOT/sample-data" "$d2"
j2=$(ls "$d2"/journal/*.jsonl | head -1)
sed -i '5s/.*/{"v":1,"id":"not json/' "$j2"
"$BIN" check --data "$d2" > "$WORK/out2.txt" && fail "check passed a malformed line"
grep -q "journal/$(basename "$j2"):5: fel:" "$WORK/out2.txt" || { cat "$WORK/out2.txt"; fail "no file:line error for the malformed line"; }

# A plan naming an unknown focus area: an error naming the year's plan file and the line.
d3="$WORK/data3"; cp -r "$ROOT/sample-data" "$d3"
line=$(grep -n "focus_area: narkotika" "$d3/plans/2023.yaml" | head -1 | cut -d: -f1)
sed -i "${line}s/focus_area: narkotika/focus_area: knark/" "$d3/plans/2023.yaml"
"$BIN" check --data "$d3" > "$WORK/out3.txt" && fail "check passed an unknown focus area"
grep -q "plans/2023.yaml:$line: fel: .*knark" "$WORK/out3.txt" || { cat "$WORK/out3.txt"; fail "no plans/2023.yaml:$line error naming the unknown focus area"; }

# summary's figures against an independent replay of the raw events.
"$BIN" summary --data "$ROOT/sample-data" --period 2023-T2 > "$WORK/summary.txt" || fail "summary failed"
python3 "$ROOT/Tests/e2e/recompute_promises.py" "$ROOT/sample-data" 2023-05-01 2023-08-31 > "$WORK/expected.txt" || fail "recompute failed"
while read -r id figures; do
    grep -qE " $figures .*\[$id\]" "$WORK/summary.txt" || { cat "$WORK/summary.txt"; fail "promise $id: expected $figures"; }
done < "$WORK/expected.txt"
[ "$(wc -l < "$WORK/expected.txt")" -ge 6 ] || fail "too few promises recomputed"

# Hot spots' incidents now/before: T3 in progress on 2023-11-20 against the same number of
# days of T2, and T3 finished against the whole of T2.
# Also the tested trend mark of each, for three periods (and one of them while it runs).
for pair in "2023-T3 2023-11-20" "2023-T3 2024-01-15" "2023-T2 2024-01-15" "2023-T1 2024-01-15"; do
    set -- $pair; tertial=$1; today=$2
    "$BIN" summary --data "$ROOT/sample-data" --period $tertial --today $today > "$WORK/trends.txt" || fail "summary $tertial on $today failed"
    python3 "$ROOT/Tests/e2e/recompute_trends.py" "$ROOT/sample-data" $tertial $today > "$WORK/expected-trends.txt" || fail "recompute trends failed"
    while read -r id figures mark; do
        grep -qE " $figures $mark .*\[$id\]" "$WORK/trends.txt" || { cat "$WORK/trends.txt"; fail "hot spot $id, $tertial on $today: expected $figures $mark"; }
    done < "$WORK/expected-trends.txt"
    [ "$(wc -l < "$WORK/expected-trends.txt")" -ge 10 ] || fail "too few hot spots recomputed"
done
"$BIN" report --data "$ROOT/sample-data" --period 2023-T3 --today 2023-11-20 > "$WORK/running.txt" || fail "report on 2023-11-20 failed"
tr '\n' ' ' < "$WORK/running.txt" | tr -s ' ' | grep -q "under samma antal dagar av 2023 T2 maj–aug till" ||
    { cat "$WORK/running.txt"; fail "the running tertial's report does not say it compares the same number of days"; }

# A mistyped option is explained in the user's language, with the usage exit status.
refused() {  # refused LANG EXPECTED ARGS…: exit 64, EXPECTED on stderr, no English parser text
    local lang=$1 expected=$2; shift 2
    "$BIN" "$@" --data "$d" --lang "$lang" > "$WORK/out.txt" 2> "$WORK/err.txt"
    local status=$?
    [ "$status" -eq 64 ] || fail "$* exited $status, not 64"
    grep -qF -- "$expected" "$WORK/err.txt" || { cat "$WORK/err.txt"; fail "$*: missing: $expected"; }
    grep -qE '^(Error|Usage):' "$WORK/err.txt" && { cat "$WORK/err.txt"; fail "$*: the parser's English text shows"; }
    [ ! -s "$WORK/out.txt" ] || fail "$*: printed output although refused"
}
refused sv '--period: "2023-T5" är ingen period – skriv till exempel 2023' summary --period 2023-T5
refused en '--period: "2023-T5" is not a period' summary --period 2023-T5
refused sv '--period: "2023-W47" går inte att följa upp' report --period 2023-W47
refused sv '--today: "2023-13-01" är inget datum' summary --today 2023-13-01
refused en '--kind: "runs" is no kind of record' export --kind runs
refused sv '--rotate måste vara minst 0' wall --rotate -5
refused sv '--format: "pdf" finns inte – välj text, md, html eller csv' report --format pdf
refused en '--format: there is no "pdf"' report --format pdf
LANG=C.UTF-8 refused xx '--lang: "xx" finns inte – välj sv eller en' summary
# A period of a year without a plan is shown, counted, with no targets, and exit 0.
for args in "summary --period 2024-T1" "report --period 2024-T1" "summary --period 2024-W02"; do
    "$BIN" $args --data "$ROOT/sample-data" > "$WORK/noplan.txt" 2> "$WORK/noplan.err" || fail "$args exited non-zero"
    grep -q "Ingen plan för 2024 – inga mål att jämföra med" "$WORK/noplan.txt" || { cat "$WORK/noplan.txt"; fail "$args does not say 2024 has no plan"; }
done
"$BIN" report --period 2020 --lang en --data "$ROOT/sample-data" | grep -q "No plan for 2020 – no targets to compare with" || fail "report 2020 in English has no no-plan note"
echo "ok: check and summary"
