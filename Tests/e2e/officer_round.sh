# The officer's journey: from the dashboard, n opens the round form; two hot spots by
# type-ahead, two organisations, three checklist items and a line of Swedish notes typed
# through send-keys; a bad field first shows its problem and keeps the text; Ctrl-S saves
# one journal event and the dashboard's rounds count moves by one. The keystrokes of the
# typical round are counted: without the note's letters they must be at most 40.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)
TODAY=2023-12-20
journal="$d/journal/officer@e2e.jsonl"

rounds_on_screen() { screen | grep -oE 'Rundor +[0-9]+' | head -1 | grep -oE '[0-9]+$'; }

# Keystrokes of the round are counted as they are sent: `press` counts each named key,
# `press_text` each character; the note goes through type_text and is not counted.
COUNT=0
press() { for k in "$@"; do keys "$k"; COUNT=$((COUNT + 1)); sleep 0.05; done; }
press_text() { type_text "$1"; COUNT=$((COUNT + ${#1})); sleep 0.1; }

start "$BIN --data $d --today $TODAY --author officer@e2e"
wait_for "Aktiviteter"
before=$(rounds_on_screen)
[ -n "$before" ] || fail "no rounds count on the dashboard"

press n
wait_for "Ny trygghetsrunda"
wait_for "Platser:"
press_text "tor"
wait_for "Torget Vaggeryd · Vaggeryd"
press Space
press_text "rese"
wait_for "Vaggeryds resecentrum"
press Enter
wait_for "Torget Vaggeryd, Vaggeryds resecentrum"
press Tab
press_text "p2 k1"
wait_for "= polis 2, kommun 1"
press Tab
press_text "135"
wait_for "[x] 5 berusning"
press Tab
note="Lugnt på torget, ungdomar vid Östra Ågatan; ny belysning behövs"
type_text "$note"
wait_for "Östra Ågatan"

# A bad field first: 23:59 to 12:30 would be a round of over 12 hours past midnight. The
# problem shows beside it, the text stays.
keys Up Up Up Up Up C-u; type_text "23:59"; keys Tab C-u; type_text "12:30"
keys F2
wait_for "sluttiden ligger före starttiden"
wait_for "Lugnt på torget, ungdomar vid Östra"  # the note, shown from its start while another field is edited
[ ! -s "$journal" ] || fail "an invalid round was written"
# The cursor went to the field with the problem (the end); the start is one field up.
keys BTab C-u; type_text "00:00"
wait_for "00:00"

press C-s
wait_for "Rundan är sparad"
after=$(rounds_on_screen)
[ "$after" -eq $((before + 1)) ] || fail "rounds count went from $before to $after, not up by one"
[ "$(wc -l < "$journal")" -eq 1 ] || fail "expected exactly one journal line"
grep -q '"action":"recorded"' "$journal" || fail "not a recorded event"
grep -q '"author":"officer@e2e"' "$journal" || fail "author not from --author"
grep -q 'Östra Ågatan' "$journal" || fail "Swedish notes not saved as typed"
python3 - "$journal" <<'PY' || fail "saved round does not hold what was entered"
import json, sys
e = json.loads(open(sys.argv[1]).readline())
d = e["data"]
assert e["kind"] == "round", e
assert d["hotspots"] == ["vgd-torget", "vgd-resecentrum"], d["hotspots"]
assert d["participants"] == {"polis": 2, "kommun": 1}, d["participants"]
assert sorted(d["observations"]) == ["berusning", "nedskrapning", "trasig_belysning"], d["observations"]
assert d["date"] == "2023-12-20", d["date"]
PY
[ -z "$(ls "$d/drafts" 2>/dev/null)" ] || fail "the draft was not removed after the save"

echo "keystrokes of a typical round (without the note's letters): $COUNT"
[ "$COUNT" -le 40 ] || fail "a typical round took $COUNT keystrokes, more than 40"
keys q
session_ended || fail "q did not quit"
echo "ok: officer round ($COUNT keystrokes)"
