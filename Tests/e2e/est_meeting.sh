# The chair runs the weekly EST meeting of week 47 on sample-data: a partner's reports are
# imported first (one names a place that is no hot spot), then `lagesbild meeting` marks an
# earlier measure done, makes the new place a hot spot, records two decisions (Swedish
# letters), closes the meeting, which ends the program; the minutes and the dashboard both
# show the decisions. Leaving a meeting with Esc ends `lagesbild meeting` too, and Esc in a
# form with something typed asks on the screen first.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)
cat > "$WORK/partner.csv" <<'CSV'
Datum,Plats,Kategori,Källa,Beskrivning
2023-11-19,Gamla brandstationen,ordningsstörning,bostadsbolag,Ungdomar samlas sent
2023-11-20,Gamla brandstationen,skadegörelse,bostadsbolag,Krossad ruta
CSV
"$BIN" import incidents "$WORK/partner.csv" --map date=Datum,place=Plats,category=Kategori,source=Källa,text=Beskrivning \
    --data "$d" --today 2023-11-21 --author bostadsbolag@e2e > /dev/null || fail "partner import failed"

start "bash -c '$BIN meeting --data $d --today 2023-11-21 --author chair@e2e; echo EXITED \$?; sleep 60'"
wait_for "Lägesbild vecka 47"
wait_for "1. Uppföljning"
wait_for "x klar"
first=$(screen | grep -oE '▸ \[[^]]+\] [0-9-]+ [^·]+' | head -1 | sed -E 's/^▸ \[[^]]+\] [0-9-]+ //; s/ +$//')
[ -n "$first" ] || fail "no follow-up selected"

# 1. Uppföljning: the first open measure is done.
keys x
wait_for "Åtgärden är nu klar"
wait_for "▸ [klar]"
grep -q '"action":"amended".*"status":"klar"' "$d/journal/chair@e2e.jsonl" || fail "no amended measure in the journal"

# 2. Sedan sist: Tab to the agenda's next item, down to the new place, make it a hot spot.
keys Tab
for _ in $(seq 1 80); do screen | grep -q "▸ ? Gamla brandstationen" && break; keys j; sleep 0.15; done
wait_for "▸ ? Gamla brandstationen: 2 sedan sist"
keys h
wait_for "Ny hot spot · Gamla brandstationen"
keys Tab
type_text "Vaggeryd"
keys C-s
wait_for "Gamla brandstationen är nu en hot spot"
wait_for "✓ Gamla brandstationen"

# 4. Beslut: two decisions about the new hot spot (the selected place). Esc after typing
# asks before throwing it away; n keeps the text, j throws it away.
keys b
wait_for "Nytt beslut"
type_text "Bortkastat"
keys Escape
wait_for "Kasta det du skrivit? j = ja, kasta · n = nej, fortsätt"
keys n
wait_gone "Kasta det du skrivit?"
screen | grep -qF "Bortkastat" || fail "n did not keep what was typed"
keys Escape
wait_for "Kasta det du skrivit?"
keys j
wait_gone "Nytt beslut"
screen | grep -qF "Bortkastat" && fail "j did not throw the text away"
keys b
wait_for "Nytt beslut"
type_text "Belysning och röjning vid brandstationen – åäö ÅÄÖ"
keys Tab Tab
type_text "Tekniska förvaltningen"
keys C-s
wait_for "Beslutet är sparat"
keys b
wait_for "Nytt beslut"
type_text "Extra trygghetsrunda fredag kväll"
keys Tab Tab
type_text "Polisen och nattvandrarna"
keys C-s
wait_for "Beslutet är sparat"
keys End
wait_for "Belysning och röjning vid brandstationen – åäö ÅÄÖ · Gamla bra"

# Close: who was there; then the minutes, and the program ends with status 0, saying where
# the minutes are.
keys a
wait_for "Avsluta mötet vecka 47"
type_text "Polisen, Kommunen, Vaggerydsbostäder, Räddningstjänsten"
keys C-s
wait_for "EXITED 0"
screen | grep -qF "Mötet är avslutat · protokoll: minutes/vecka-47-2023.md" || fail "no word of the minutes after closing"

md="$d/minutes/vecka-47-2023.md"
html="$d/minutes/vecka-47-2023.html"
[ -f "$md" ] && [ -f "$html" ] || fail "minutes not written: $(ls "$d/minutes")"
head -1 "$md" | grep -qx "# Lägesbild vecka 47" || fail "minutes title"
grep -qF "Närvarande: Polisen, Kommunen, Vaggerydsbostäder, Räddningstjänsten" "$md" || fail "minutes: who was there"
grep -qF "| $first |" "$md" || fail "minutes: the follow-up '$first'"
grep -F "| $first |" "$md" | grep -q "| klar |" || fail "minutes: '$first' not marked done"
grep -qF "| Belysning och röjning vid brandstationen – åäö ÅÄÖ | Gamla brandstationen | Tekniska förvaltningen | 2023-12-05 |" "$md" \
    || fail "minutes: first decision"
grep -qF "| Extra trygghetsrunda fredag kväll | Gamla brandstationen | Polisen och nattvandrarna | 2023-12-05 |" "$md" \
    || fail "minutes: second decision"
grep -qF -- "- Gamla brandstationen, Vaggeryd" "$md" || fail "minutes: new hot spot"
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$html" || fail "HTML minutes not well-formed"
grep -qF "Belysning och röjning vid brandstationen – åäö ÅÄÖ" "$html" || fail "HTML minutes: decision"
[ "$(grep -c '"kind":"meeting"' "$d/journal/chair@e2e.jsonl")" -eq 1 ] || fail "not exactly one meeting event"
# Minutes are a document for publishing: 0644 less the umask (README, File modes); the journal stays 0600.
want=$(printf '%o' $(( 0644 & ~$(umask) )))
[ "$(stat -c %a "$md")" = "$want" ] || fail "minutes mode $(stat -c %a "$md"), not $want"
[ "$(stat -c %a "$d/journal/chair@e2e.jsonl")" = 600 ] || fail "journal mode not 600"

# The dashboard: the new hot spot is there, and its drill-down lists both decisions.
start "bash -c '$BIN --data $d --today 2023-11-21 --author chair@e2e; echo EXITED \$?; sleep 60'"
wait_for "Fokusområden"
for _ in 1 2 3; do screen | grep -q "▶ Hot spots" && break; keys Tab; sleep 0.1; done
wait_for "▶ Hot spots"
keys /
type_text "Gamla"
keys Enter
wait_for "▸+Gamla br"
keys Enter
wait_for "┌─ Gamla brandstationen"
wait_for "Belysning och röjning vid brandstationen – åäö ÅÄÖ (Tekniska"
wait_for "Extra trygghetsrunda fredag kväll (Polisen och nattvandrarna)"
keys Escape
keys q
wait_for "EXITED 0"

# Leaving a meeting with Esc ends `lagesbild meeting` at once, with status 0 and nothing recorded.
lines=$(cat "$d"/journal/*.jsonl | wc -l)
start "bash -c '$BIN meeting --data $d --today 2023-11-21 --author chair@e2e; echo EXITED \$?; sleep 60'"
wait_for "1. Uppföljning"
keys Escape
wait_for "EXITED 0"
screen | grep -qF "Fokusområden" && fail "Esc showed the dashboard instead of ending"
[ "$(cat "$d"/journal/*.jsonl | wc -l)" -eq "$lines" ] || fail "leaving the meeting recorded something"

# Everyone else sees the same: the folder checks clean of new problems and summary lists the spot.
"$BIN" check --data "$d" --today 2023-11-21 > /dev/null || fail "check fails after the meeting"
"$BIN" summary --data "$d" --today 2023-11-21 | grep -q "Gamla brandstationen" || fail "summary lacks the new hot spot"
echo "ok: EST meeting week 47 (marked '$first' done, new hot spot, two decisions, minutes and dashboard agree)"
