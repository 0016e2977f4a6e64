# Did the measure work? A folder built with lagesbild add: a measure at Vaggeryds resecentrum on
# 2023-06-01; 30 incidents there in the 8 weeks before and 6 after; 30 and 30 at Hoks
# centrum. effect --hotspot vgd-resecentrum --compare hok-centrum --weeks 8 prints WDD −24,
# SE 9,8 (√96) and a decrease; the chair opens the measure's drill-down in tmux and reads
# the verdict; on sample-data the report's Effekt section equals an independent
# recomputation from the journal lines.
source "$(dirname "$0")/lib.sh"
d="$WORK/effect"
"$BIN" init "$d" --year 2023 > /dev/null || fail "init failed"
add() { "$BIN" add incident --data "$d" --author effect@e2e --today 2023-12-01 --date $1 --hotspot $2 --category klotter \
    --source kommun > /dev/null || fail "add incident $1 $2 failed"; }
# Before: 2023-04-06 … 2023-05-31 (56 days); after: 2023-06-01 … 2023-07-26.
for i in $(seq 0 29); do
    day=$(date -d "2023-04-06 + $((i * 56 / 30)) days" +%F)
    add $day vgd-resecentrum; add $day hok-centrum
done
for i in $(seq 0 29); do day=$(date -d "2023-06-01 + $((i * 56 / 30)) days" +%F); add $day hok-centrum; done
for i in $(seq 0 5); do day=$(date -d "2023-06-01 + $((i * 9)) days" +%F); add $day vgd-resecentrum; done
"$BIN" add measure --data "$d" --author effect@e2e --today 2023-12-01 --hotspot vgd-resecentrum --what "Belysning och röjning" \
    --responsible "Tekniska förvaltningen" --decided 2023-06-01 --due 2023-06-15 > /dev/null || fail "add measure failed"

"$BIN" effect --data "$d" --today 2023-12-01 --hotspot vgd-resecentrum --compare hok-centrum --weeks 8 > "$WORK/effect.txt" \
    || { cat "$WORK/effect.txt"; fail "effect failed"; }
grep -q "Platsen: 30 → 6 · jämförelse (1 plats): 30 → 30" "$WORK/effect.txt" || { cat "$WORK/effect.txt"; fail "wrong counts"; }
grep -q "WDD −24 · SE 9,8 · WDD/SE −2,45" "$WORK/effect.txt" || { cat "$WORK/effect.txt"; fail "not WDD −24, SE 9,8"; }
grep -q "Bedömning: minskning jämfört med jämförelseplatserna" "$WORK/effect.txt" || { cat "$WORK/effect.txt"; fail "no decrease"; }
"$BIN" effect --data "$d" --today 2023-12-01 --hotspot vgd-resecentrum --compare hok-centrum --lang en | grep -q "WDD −24 · SE 9.8" \
    || fail "no English figures"
# A running after-window says so and gives no verdict.
"$BIN" effect --data "$d" --today 2023-06-20 --hotspot vgd-resecentrum --compare hok-centrum | grep -q "pågår – 2 av 8 veckor" \
    || fail "a running window is not said"

# The chair: the resecentrum's drill-down lists the measure with its verdict; Enter on it opens its own view.
COLS=100 ROWS=40 start "$BIN --data $d --period 2023-T2 --today 2023-12-01"
wait_for "▶ Hot spots"
keys /; type_text "rese"; keys Enter; wait_for "Vaggeryds resecentrum"
keys Enter
wait_for "┌─ Vaggeryds resecentrum"
wait_for "Effekt"
wait_for "minskning jämfört med jämförelseplatserna"
# The measure's line is selected (no rounds come before it): Enter opens the measure itself.
screen | grep -q "▸ 2023-06-01 Vaggeryds resecentrum: åtgärd: Belysning och röjning" || fail "the measure's line is not selected"
keys Enter
wait_for "┌─ Belysning och röjning"
wait_for "WDD −24 · SE 9,8 · WDD/SE −2,45"
wait_for "Bedömning: minskning jämfört med jämförelseplatserna"
keys Escape
wait_for "┌─ Vaggeryds resecentrum"
keys q
session_ended 5 || fail "dashboard did not quit"

# The sample's report: every evaluation in its Effekt section recomputed from the journal lines.
"$BIN" report --data "$ROOT/sample-data" --period 2023-T2 --format md --today 2024-03-01 > "$WORK/r.md" || fail "report failed"
grep -q "^## Effekt" "$WORK/r.md" || fail "no Effekt section"
"$BIN" effect --data "$ROOT/sample-data" --period 2023-T2 --today 2024-03-01 --format csv > "$WORK/effect.csv" || fail "effect csv failed"
python3 "$ROOT/Tests/e2e/recompute_effect.py" "$ROOT/sample-data" "$WORK/effect.csv" 2024-03-01 || fail "effect figures differ from the recomputation"
echo "ok: effect"
