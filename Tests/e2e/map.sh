# The map, as the chair and the wall use it: `K` opens the municipality's outline in Braille
# dots with every hot spot by rank and trend; Tab moves to the second-ranked place and Enter
# opens its drill-down, Esc comes back; arrows move to the place the documented rule picks
# (recomputed here from the plan's positions); at 80 × 24 and 120 × 40, after a resize,
# under NO_COLOR and with ASCII under LANG=C. The wall's map page; the report's SVG map names
# every hot spot; a partner file with SWEREF 99 TM columns counts at the right places; a bad
# boundary file and positions outside the boundary are refused with file:line, nothing written.
source "$(dirname "$0")/lib.sh"
d="$WORK/sample"; cp -r "$ROOT/sample-data" "$d"; rm -rf "$d/cache"
TODAY=2023-11-21
# The ranking to expect, from `summary` (the same picture's priority order).
ranking=$("$BIN" summary --data "$d" --period 2023-T3 --today $TODAY | grep -oE '\[(vgd|sky|hok)-[a-z0-9-]+\]' | tr -d '[]')
first=$(echo "$ranking" | sed -n 1p); second=$(echo "$ranking" | sed -n 2p)
name_of() { python3 -c "import yaml,sys; p=yaml.safe_load(open('$d/plans/2023.yaml')); print(next(s['name'] for s in p['hot_spots'] if s['id']==sys.argv[1]))" "$1"; }
name1=$(name_of "$first"); name2=$(name_of "$second")
short() { echo "$1" | cut -c1-14; }
# The side panel wraps at spaces: its first line holds the rank and the first word.
word() { echo "$1" | cut -d" " -f1; }
braille() { screen | python3 -c 'import sys; t=sys.stdin.read(); sys.exit(0 if sum(1 for c in t if 0x2801 <= ord(c) <= 0x28FF) >= 20 else 1)'; }

# The direction rule, from the positions in the plan: the nearest place within 60° of the
# direction, distance weighted by (2 − cos).
expected_east=$(python3 - "$d/plans/2023.yaml" "$first" "$(echo $ranking | tr ' ' ,)" <<'PY'
import math, sys, yaml
plan = yaml.safe_load(open(sys.argv[1]))
pos = {s["id"]: (s["n"], s["e"]) for s in plan["hot_spots"] if "n" in s}
here = pos[sys.argv[2]]
best = None
for sid in sys.argv[3].split(","):
    if sid == sys.argv[2] or sid not in pos: continue
    vn, ve = pos[sid][0] - here[0], pos[sid][1] - here[1]
    dist = math.hypot(vn, ve)
    cos = ve / dist
    if cos >= 0.5 and (best is None or dist * (2 - cos) < best[0]): best = (dist * (2 - cos), sid)
print(best[1] if best else "")
PY
)

open_map() {
    wait_for "Hot spots"
    keys K
    wait_for "Karta – Vaggeryd"
}

start "$BIN --data $d --today $TODAY"
open_map
braille || fail "no outline in Braille dots at 80x24"
wait_for "▸1"
wait_for "1. $(word "$name1")"
screen | grep -q "Skillingaryd" || fail "the localities are not named"
keys Tab
wait_for "2. $(word "$name2")"
screen | grep -q "▸2" || fail "the second-ranked place is not marked on the map"
keys Enter
wait_for "┌─ $(short "$name2")"
wait_for "Händelser"
keys Escape
wait_for "Karta – Vaggeryd"
screen | grep -q "▸2" || fail "Esc did not return to the map with the selection kept"
# Back to the first, then east by the rule.
keys BTab
wait_for "1. $(word "$name1")"
if [ -n "$expected_east" ]; then
    keys Right
    wait_for ". $(word "$(name_of "$expected_east")")"
fi
# Zoom in around the selection and back to the whole municipality.
whole=$(screen | grep -oE "bredden ≈ [0-9,]+ km")
keys +
wait_gone "$whole"
keys 0
wait_for "$whole"
# A resize redraws the map at the new size.
T resize-window -t e2e -x 100 -y 30
sleep 0.3
wait_for "Karta – Vaggeryd"
screen | grep -qE "^┌─ Karta ─+┐┌" || fail "no map frame after the resize"
[ "$(screen | head -2 | tail -1 | python3 -c 'import sys; print(len(sys.stdin.read().rstrip("\n")))')" -eq 100 ] || fail "the frame is not 100 wide"
keys Escape
wait_for "Hot spots"
keys q
session_ended 5 || fail "dashboard did not quit"

COLS=120 ROWS=40 start "$BIN --data $d --today $TODAY"
open_map
braille || fail "no outline at 120x40"
wait_for "1. $(word "$name1")"
keys q
wait_for "Hot spots"
keys q
session_ended 5 || fail "dashboard did not quit at 120x40"

# Monochrome: the marks carry the meaning.
start "env NO_COLOR=1 $BIN --data $d --today $TODAY"
open_map
wait_for "▸1"
screen | grep -qE "[0-9][▲▼≈=]" || fail "no trend marks under NO_COLOR"
keys q; keys q
session_ended 5 || fail "dashboard did not quit under NO_COLOR"

# No UTF-8: ASCII dots, marks and legend.
start "env LANG=C LC_ALL= $BIN --data $d --today $TODAY"
wait_for "Hot spots"
keys K
wait_for "Karta"
wait_for ">1"
braille && fail "Braille characters on a terminal without UTF-8"
wait_for "1-9 rang"
keys q; keys q
session_ended 5 || fail "dashboard did not quit under LANG=C"

# The wall's map page.
start "$BIN wall --data $d --today $TODAY --pages map"
wait_for "Karta"
braille || fail "the wall's map page has no outline"
wait_for "1. "
keys q
session_ended 5 || fail "the wall did not quit"

# The report's SVG map names every hot spot of the year.
"$BIN" report --data "$d" --period 2023-T3 --format html --today $TODAY --out "$WORK/r.html" > /dev/null || fail "report failed"
python3 - "$WORK/r.html" "$d/plans/2023.yaml" <<'PY' || fail "the report's SVG map does not name every hot spot"
import html.parser, sys, yaml
page = open(sys.argv[1], encoding="utf-8").read()
start = page.index("<h2>Karta</h2>")
svg = page[page.index("<svg", start):page.index("</svg>", start)]
class Texts(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.inside = False; self.texts = []
    def handle_starttag(self, tag, attrs): self.inside = tag == "text"
    def handle_data(self, data):
        if self.inside: self.texts.append(data)
t = Texts(); t.feed(svg)
joined = "\n".join(t.texts)
missing = [s["name"] for s in yaml.safe_load(open(sys.argv[2]))["hot_spots"] if s["name"] not in joined]
assert "<path" in svg and "<circle" in svg and "km" in joined, "no outline, circles or scale bar"
assert not missing, missing
PY

# A partner file with SWEREF 99 TM columns: two reports 60 m from Torget's centre and one
# 100 m from Hoks centrum, decimal commas as Excel writes them, no place column.
read tn te hn he < <(python3 -c "
import yaml; p = yaml.safe_load(open('$d/plans/2023.yaml')); s = {x['id']: x for x in p['hot_spots']}
print(int(s['vgd-torget']['n']), int(s['vgd-torget']['e']), int(s['hok-centrum']['n']), int(s['hok-centrum']['e']))")
count_at() { "$BIN" summary --data "$d" --period 2023-T3 --today $TODAY | grep "\[$1\]" | grep -oE '[0-9]+/[0-9]+' | head -1 | cut -d/ -f1; }
torget_before=$(count_at vgd-torget); hok_before=$(count_at hok-centrum)
printf 'Datum;Brottstyp;Källa;Norr;Öst\n2023-11-20 21:10;klotter;kommun;%s;%s,5\n2023-11-20;skadegörelse;kommun;%s,2;%s\n2023-11-19;klotter;skola;%s;%s\n' \
    $((tn + 60)) "$te" "$tn" $((te - 60)) $((hn - 100)) "$he" > "$WORK/sweref.csv"
"$BIN" import incidents "$WORK/sweref.csv" --data "$d" --today $TODAY --author partner@e2e \
    --map "date=Datum,category=Brottstyp,source=Källa,n=Norr,e=Öst" > /dev/null || fail "the SWEREF 99 TM import failed"
[ "$(count_at vgd-torget)" -eq $((torget_before + 2)) ] || fail "Torget did not gain the two reports ($torget_before → $(count_at vgd-torget))"
[ "$(count_at hok-centrum)" -eq $((hok_before + 1)) ] || fail "Hoks centrum did not gain its report"

journals() { cat "$d"/journal/*.jsonl | sha256sum; }
before=$(journals)
# A position outside the boundary: the row's line named, nothing imported.
printf 'Datum;Brottstyp;Källa;Lat;Lon\n2023-11-20;klotter;kommun;57,45;14,10\n2023-11-20;klotter;kommun;57,78;14,16\n' > "$WORK/outside.csv"
out=$("$BIN" import incidents "$WORK/outside.csv" --data "$d" --today $TODAY --author partner@e2e \
    --map "date=Datum,category=Brottstyp,source=Källa,lat=Lat,lon=Lon" 2>&1) && fail "a position outside the boundary was imported"
grep -q "outside.csv:3: .*utanför Vaggeryds gräns" <<< "$out" || fail "no file:line for the position outside: $out"
[ "$(journals)" = "$before" ] || fail "a journal changed after the refused import"
# The same from the command line.
"$BIN" add incident --data "$d" --today $TODAY --author officer@e2e --lat 57.78 --lon 14.16 --category klotter --source polis \
    > /dev/null 2>&1 && fail "add took a position outside the boundary"
# A hot spot of the plan placed outside: the plan's line named.
cp "$d/plans/2023.yaml" "$WORK/plan.bak"
line=$(grep -n "^  n: " "$d/plans/2023.yaml" | head -1 | cut -d: -f1)
sed -i "${line}s/n: .*/n: 6420000/" "$d/plans/2023.yaml"
out=$("$BIN" check --data "$d" --today $TODAY 2>&1)
grep -q "plans/2023.yaml:$line: .*utanför Vaggeryds gräns" <<< "$out" || fail "no plan line for the hot spot outside"
cp "$WORK/plan.bak" "$d/plans/2023.yaml"
# A broken boundary file: named with its line; nothing can be written until it is mended.
python3 -c "
import json; g = json.load(open('$d/vaggeryd.geojson'))
text = json.dumps(g, indent=1).splitlines(); text[6] = text[6] + ' oops'
open('$d/vaggeryd.geojson', 'w').write('\n'.join(text) + '\n')"
out=$("$BIN" check --data "$d" --today $TODAY 2>&1)
grep -q "vaggeryd.geojson:7: " <<< "$out" || fail "the broken boundary's line is not named"
out=$("$BIN" add incident --data "$d" --today $TODAY --author officer@e2e --lat 57.45 --lon 14.10 --category klotter --source polis 2>&1) \
    && fail "add wrote while the boundary is broken"
grep -q "vaggeryd.geojson:7: " <<< "$out" || fail "add did not name the broken boundary: $out"
[ "$(journals)" = "$before" ] || fail "a journal changed while the boundary was broken"
echo "map: ok"
