# A partner's incident report in its own columns (semicolon CSV, Swedish headers, one bad
# row): the import names the bad row by its line and writes nothing; with --skip-bad the
# good rows go in, places matched to hot spots or kept as text, and a second run adds nothing.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)
csv="$WORK/bostadsbolaget-v47.csv"
cat > "$csv" <<'CSV'
Datum;Plats;Kategori;Källa;Beskrivning
2023-11-20 21:40;Vaggeryds resecentrum;skadegörelse;bostadsbolag;Krossad glasruta i entrén
2023-11-19;Gamla brandstationen;ordningsstörning;bostadsbolag;"Ungdomar samlas; spelar hög musik"
2023-11-31;Hjortsjön;klotter;bostadsbolag;Datum som inte finns
2023-11-18;Motionsspåret vid Tofteryd;klotter;bostadsbolag;Klotter på elljusstolpar
CSV
map="date=Datum,place=Plats,category=Kategori,source=Källa,text=Beskrivning"
sum() { cat "$d"/journal/*.jsonl | sha256sum; }
before=$(sum)

"$BIN" import incidents "$csv" --map "$map" --data "$d" --today 2023-11-21 --author bostadsbolag@e2e \
    > "$WORK/out" 2> "$WORK/err"
rc=$?
[ "$rc" -ne 0 ] || fail "import with a bad row succeeded"
grep -qF "bostadsbolaget-v47.csv:4: fel: " "$WORK/err" || { cat "$WORK/err"; fail "no line-numbered error for line 4"; }
grep -qF '"2023-11-31" är inget datum' "$WORK/err" || { cat "$WORK/err"; fail "the error does not say what is wrong"; }
grep -qF "Inget importerades" "$WORK/err" || fail "no refusal message"
[ "$(grep -c ': fel: ' "$WORK/err")" -eq 1 ] || { cat "$WORK/err"; fail "more than the one bad row reported"; }
[ "$(sum)" = "$before" ] || fail "the journal changed although nothing was to be imported"
[ ! -e "$d/journal/bostadsbolag@e2e.jsonl" ] || fail "a journal was created for a refused import"

# A map naming a field Lägesbild does not have is refused before anything is read.
"$BIN" import incidents "$csv" --map "datum=Datum" --data "$d" 2> "$WORK/err2" && fail "bad --map accepted"
grep -qF 'okänt fält "datum"' "$WORK/err2" || { cat "$WORK/err2"; fail "bad --map not explained"; }

"$BIN" import incidents "$csv" --map "$map" --data "$d" --today 2023-11-21 --author bostadsbolag@e2e --skip-bad \
    > "$WORK/out" 2> "$WORK/err" || { cat "$WORK/err"; fail "--skip-bad import failed"; }
grep -qF "3 poster importerade" "$WORK/out" || { cat "$WORK/out"; fail "not 3 rows imported"; }
j="$d/journal/bostadsbolag@e2e.jsonl"
[ "$(wc -l < "$j")" -eq 3 ] || fail "journal has $(wc -l < "$j") lines, not 3"
grep -q '"hotspot":"vgd-resecentrum"' "$j" || fail "a hot spot name was not matched"
grep -q '"place":"Gamla brandstationen"' "$j" || fail "an unknown place was not kept as text"
grep -q '"time":"21:40"' "$j" || fail "the time in the date cell was lost"
grep -q '"text":"Ungdomar samlas; spelar hög musik"' "$j" || fail "quoted text with ; and å/ö not kept"
"$BIN" check --data "$d" --today 2023-11-21 > /dev/null || fail "check fails after the import"

# The same file again: nothing new.
after=$(sum)
"$BIN" import incidents "$csv" --map "$map" --data "$d" --today 2023-11-21 --author bostadsbolag@e2e --skip-bad \
    > "$WORK/out" 2>/dev/null
grep -qF "0 poster importerade, 3 fanns redan" "$WORK/out" || { cat "$WORK/out"; fail "re-import added rows"; }
[ "$(sum)" = "$after" ] || fail "re-import changed the journal"
echo "ok: partner import (bad row at line 4 refused with the journal unchanged; 3 rows with --skip-bad; re-import adds nothing)"
