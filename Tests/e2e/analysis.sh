# The evidence in the picture, as the chair sees it: incidents put on Friday and Saturday
# nights at one hot spot show in its drill-down as a shaded weekday × hour matrix and in
# words ("oftast fre–lör"); with LANG=C the shades are plain ASCII; the report's HTML holds
# the heat map as an SVG; summary's trend marks follow the tested rule (cli_check_and_summary
# recomputes them independently).
source "$(dirname "$0")/lib.sh"
# A folder with the sample's plans and only these incidents, at Lövåsparken: two Friday and
# two Saturday nights, 21:30, 23:30 and 01:30 (the last counted with the evening before),
# and eight daytime reports in cells of their own. 40 % of the 20 is 8; one evening holds 6,
# so the smallest block that holds 8 is Friday–Saturday 21–00.
d="$WORK/nights"; mkdir -p "$d"; cp -r "$ROOT/sample-data/plans" "$ROOT/sample-data/vaggeryd.geojson" "$d/"
add() { "$BIN" add incident --data "$d" --author nights@e2e --today 2023-12-20 --date $1 --time $2 --hotspot vgd-lovasparken \
    --category ordningsstorning --source polis > /dev/null || fail "add incident $1 $2 failed"; }
for evening in 2023-11-03 2023-11-04 2023-11-10 2023-11-11; do
    add $evening 21:30; add $evening 23:30
done
for morning in 2023-11-04 2023-11-05 2023-11-11 2023-11-12; do add $morning 01:30; done
for day in 2023-11-06 2023-11-07 2023-11-08 2023-11-09; do add $day 09:00; add $day 14:00; done

open_lovasparken() {
    wait_for "▶ Hot spots"
    keys /; type_text "lov"; keys Enter
    wait_for "Lövåsparken"
    keys Enter
    wait_for "┌─ Lövåsparken"
}

COLS=100 ROWS=40 start "$BIN --data $d --period 2023-T3 --today 2023-12-20"
open_lovasparken
wait_for "När: oftast fre–lör 21–00 (8 av 20 med klockslag)"
keys End
wait_for "När (veckodag × timme)"
screen | grep -qE "fre +│.*[░▒▓█]" || fail "no shaded Friday row in the matrix"
screen | grep -qE "lör +│.*█" || fail "no darkest cell on Saturday (the small hours of Friday night)"
keys q
session_ended 5 || fail "dashboard did not quit"

# A terminal without UTF-8: the shades in ASCII.
COLS=100 ROWS=40 start "env LANG=C LC_ALL= $BIN --data $d --period 2023-T3 --today 2023-12-20"
open_lovasparken
keys End
wait_for "|"
screen | grep -qE "fre +\|.*[.:+#]" || fail "no ASCII shades without UTF-8"
keys q
session_ended 5 || fail "dashboard did not quit"

# The report's HTML: an SVG heat map of when, with its text alternative.
"$BIN" report --data "$d" --period 2023-T3 --format html --today 2023-12-20 --out "$WORK/r.html" || fail "report failed"
python3 - "$WORK/r.html" <<'PY' || fail "no heat map SVG in the HTML report"
import sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])
svgs = doc.getElementsByTagName("svg")
titles = [s.getElementsByTagName("title")[0].firstChild.data for s in svgs]
heat = [t for t in titles if t.startswith("När (veckodag × timme)")]
assert heat, titles
rects = [r for s in svgs if s.getElementsByTagName("title")[0].firstChild.data in heat for r in s.getElementsByTagName("rect")]
assert len(rects) == 7 * 24, len(rects)
PY
echo "ok: analysis"
