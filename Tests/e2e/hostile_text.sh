# Text fields holding escape sequences, control characters, NUL, right-to-left overrides,
# combining marks, emoji and a 1 MB line are stored faithfully and drawn safely: control
# characters appear escaped on the screen and never reach the terminal raw.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)
python3 - "$d" <<'PY'
import json, sys, uuid
folder = sys.argv[1]
texts = [
    "\x1b]0;HACKED\x07\x1b[2J\x1b[31mRÖD",            # set title, clear screen, colour
    "NUL\x00inne\ttabb\rvagn\x7fdel\x9bcsi",             # NUL, tab, CR, DEL, C1
    "\u202eRTL-åsikt\u202c och \u2066isolat\u2069",      # bidi override and isolate
    "o\u0308 a\u030a Z\u0351\u0352\u0357 kombinerat",   # combining marks
    "😀👍🏽 日本 emoji ⚠️",                                # wide and emoji
    "STOR" + "å" * 1_000_000,                          # a 1 MB text
]
with open(f"{folder}/journal/hostile@e2e.jsonl", "a", encoding="utf-8") as f:
    for i, text in enumerate(texts):
        event = {"v": 1, "id": str(uuid.uuid4()), "ts": f"2023-12-31T1{i}:00:00Z", "author": "hostile@e2e",
                 "action": "recorded", "kind": "incident", "ref": str(uuid.uuid4()),
                 "data": {"date": "2023-12-31", "time": f"1{i}:00", "hotspot": "vgd-fenix", "category": "klotter",
                          "source": "allmanhet", "text": text}}
        f.write(json.dumps(event, ensure_ascii=False) + "\n")
PY
"$BIN" check --data "$d" > "$WORK/check.txt" || { cat "$WORK/check.txt"; fail "check rejects hostile but valid text"; }

# Stored faithfully: every text reads back exactly as written (export through the CSV library).
"$BIN" export --data "$d" --kind incident --out "$WORK/incidents.csv" > /dev/null 2>&1 || fail "export failed"
python3 - "$WORK/incidents.csv" <<'PY' || fail "hostile text not stored faithfully"
import csv, sys
csv.field_size_limit(1 << 24)
texts = [row["text"] for row in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline=""))]
assert "\x1b]0;HACKED\x07\x1b[2J\x1b[31mRÖD" in texts, "escape sequence text changed"
assert "NUL\x00inne\ttabb\rvagn\x7fdel\x9bcsi" in texts, "control character text changed"
assert any(t.startswith("STOR") and len(t) == 1_000_004 for t in texts), "1 MB text changed"
assert "😀👍🏽 日本 emoji ⚠️" in texts
PY

# Drawn safely: open Fenix kulturhus's detail (filter by name, drill in).
start "$BIN --data $d"
wait_for "Fokusområden"
for _ in 1 2 3; do screen | grep -q "▶ Hot spots" && break; keys Tab; sleep 0.1; done
keys /
type_text "Fenix"
keys Enter
sleep 0.2
keys Enter
wait_for "┌─ Fenix kulturhus"
# The incident list comes after the rounds and the time matrix: page down until it shows.
for _ in 1 2 3 4 5; do screen | grep -qF "^[]0;HACKED" && break; keys PageDown; sleep 0.2; done
wait_for "^[]0;HACKED^G^[[2J^[[31mRÖD"
wait_for "NUL^@inne^Itabb^Mvagn^?del"
wait_for '\u{202E}RTL-åsikt'
title=$(T display -p -t e2e '#{pane_title}')
[ "$title" != "HACKED" ] || fail "an escape sequence reached the terminal (title set)"
# Every row still ends on the frame: nothing shifted the layout.
screen | sed -n '2,23p' | while IFS= read -r row; do
    last=$(printf '%s' "$row" | python3 -c 'import sys; s=sys.stdin.read(); print(s[-1] if s else "")')
    [ "$last" = "│" ] || [ "$last" = "┘" ] || [ "$last" = "┐" ] || { echo "row: $row"; exit 1; }
done || fail "a row does not end on the panel edge"
keys q
session_ended || fail "did not quit"
echo "ok: hostile text stored faithfully and drawn escaped"
