# The follow-up report and CSV exchange on sample-data: the HTML report is well-formed to
# a strict parser and holds one SVG per chart; an export imported into a fresh folder with
# the same plan gives the same summary; a bad row is reported as file:line and leaves the
# journal untouched; importing the same export again changes nothing.
given_bin=${BIN:-}
source "$(dirname "$0")/lib.sh"
[ -n "$given_bin" ] && BIN=$given_bin

# HTML: a strict parse (every tag closed, in order) with html.parser, then as XML; two charts.
"$BIN" report --data "$ROOT/sample-data" --period 2023-T3 --format html --out "$WORK/report.html" || fail "report --format html failed"
python3 - "$WORK/report.html" > "$WORK/svg_count.txt" <<'PY' || fail "the HTML report is not well-formed"
import sys, xml.etree.ElementTree as ET
from html.parser import HTMLParser
VOID = {"meta", "br", "img", "hr", "input", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
class Strict(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.svgs = [], 0
    def handle_starttag(self, tag, attrs):
        if tag == "svg": self.svgs += 1
        if tag not in VOID: self.stack.append((tag, self.getpos()))
    def handle_startendtag(self, tag, attrs):
        if tag == "svg": self.svgs += 1
    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1][0] != tag:
            sys.exit(f"line {self.getpos()[0]}: </{tag}> does not close {self.stack[-1] if self.stack else 'anything'}")
        self.stack.pop()
text = open(sys.argv[1], encoding="utf-8").read()
p = Strict(); p.feed(text); p.close()
if p.stack: sys.exit(f"unclosed: {p.stack}")
root = ET.fromstring(text.replace("<!DOCTYPE html>", "", 1))
svgs = [e for e in root.iter() if e.tag.split("}")[-1] == "svg"]
if len(svgs) != p.svgs: sys.exit("html.parser and the XML parser disagree on the charts")
print(p.svgs)
PY
# Done against target, incidents per week, where (the map) and when (the heat map).
[ "$(cat "$WORK/svg_count.txt")" = 4 ] || fail "expected 4 SVG charts, found $(cat "$WORK/svg_count.txt")"
grep -q "Uppföljning av medborgarlöften" "$WORK/report.html" || fail "no Swedish title in the HTML"
for f in text md csv; do
    "$BIN" report --data "$ROOT/sample-data" --period 2023-T3 --format $f > "$WORK/report.$f" || fail "report --format $f failed"
done
grep -q "^Sammanfattning" "$WORK/report.text" || fail "no summary in the text report"
grep -q "^## Sammanfattning" "$WORK/report.md" || fail "no summary in the Markdown report"
head -1 "$WORK/report.csv" | grep -q "^focus_area,promise_id," || fail "no header in the report CSV"

# A period not begun on the report's day says so and compares nothing with the period before.
notbegun="Perioden har inte börjat: 2023 T3 sep–dec börjar 2023-09-01."
for f in text md html csv; do
    "$BIN" report --data "$ROOT/sample-data" --period 2023-T3 --today 2023-03-10 --format $f > "$WORK/future.$f" 2> "$WORK/future-err.$f" ||
        fail "report --format $f of a period not begun failed"
    grep -qE "ingen säker förändring|▲ ökning|▼ minskning|att jämföra|samma antal dagar" "$WORK/future.$f" &&
        { cat "$WORK/future.$f"; fail "the $f report of a period not begun compares it with the period before"; }
done
for f in text md html; do grep -qF "$notbegun" "$WORK/future.$f" || { cat "$WORK/future.$f"; fail "the $f report does not say the period has not begun"; }; done
grep -qF "$notbegun" "$WORK/future-err.csv" || fail "report --format csv does not say the period has not begun"
head -1 "$WORK/future.csv" | grep -q "^focus_area,promise_id," || fail "no header in the CSV of a period not begun"

# Export from a copy of sample-data, import into a fresh folder with the same plan.
src=$(copy_sample)
fresh="$WORK/fresh"; mkdir -p "$fresh"; cp -r "$src/plans" "$src/vaggeryd.geojson" "$fresh/"
"$BIN" export --data "$src" --out "$WORK/csv" > "$WORK/export.txt" || fail "export failed"
for k in rounds interventions incidents measures; do [ -s "$WORK/csv/$k.csv" ] || fail "no $k.csv"; done
"$BIN" import --data "$fresh" --author import@e2e "$WORK"/csv/*.csv > "$WORK/import.txt" || { cat "$WORK/import.txt"; fail "import failed"; }
for p in 2023-T1 2023-T2 2023-T3 2023; do
    "$BIN" summary --data "$src" --period $p > "$WORK/a.txt" || fail "summary of the source failed"
    "$BIN" summary --data "$fresh" --period $p > "$WORK/b.txt" || fail "summary of the imported folder failed"
    diff -u "$WORK/a.txt" "$WORK/b.txt" > "$WORK/diff.txt" || { cat "$WORK/diff.txt"; fail "summary $p differs after export and import"; }
done
"$BIN" export --data "$fresh" --out "$WORK/csv2" > /dev/null || fail "export of the imported folder failed"
diff -r "$WORK/csv" "$WORK/csv2" > /dev/null || fail "the imported folder exports differently"

# Importing the same files again adds nothing.
sum_before=$(cat "$fresh"/journal/*.jsonl | sha256sum)
"$BIN" import --data "$fresh" --author import@e2e "$WORK"/csv/*.csv > "$WORK/again.txt" || fail "re-import failed"
grep -q "^0 poster importerade" "$WORK/again.txt" || { cat "$WORK/again.txt"; fail "re-import added records"; }
[ "$(cat "$fresh"/journal/*.jsonl | sha256sum)" = "$sum_before" ] || fail "re-import changed the journal"

# A bad row: file:line error, exit 1, journal unchanged; --skip-bad imports the good rows.
printf 'id,date,kind,organisation\n,2023-05-02,trafik,polis\n,2023-05-40,trafik,polis\n' > "$WORK/bad.csv"
"$BIN" import --data "$fresh" "$WORK/bad.csv" 2> "$WORK/bad.txt" && fail "import accepted a bad row"
grep -q "bad.csv:3: fel: .*2023-05-40" "$WORK/bad.txt" || { cat "$WORK/bad.txt"; fail "no file:line error for the bad row"; }
grep -q "Inget importerades" "$WORK/bad.txt" || fail "no refusal message"
[ "$(cat "$fresh"/journal/*.jsonl | sha256sum)" = "$sum_before" ] || fail "a refused import changed the journal"
"$BIN" import --data "$fresh" --skip-bad --author import@e2e "$WORK/bad.csv" > "$WORK/skip.txt" 2>&1 || fail "--skip-bad failed"
grep -q "^1 post importerad$" "$WORK/skip.txt" || { cat "$WORK/skip.txt"; fail "--skip-bad did not import the good row"; }

# The semicolon dialect for Swedish Excel goes back in as well.
"$BIN" export --data "$src" --kind measure --semicolon > "$WORK/measures-sv.csv" || fail "export --semicolon failed"
head -1 "$WORK/measures-sv.csv" | grep -q "id;hotspot;what;responsible;decided;due;status" || fail "no semicolon header"
"$BIN" import --data "$src" "$WORK/measures-sv.csv" > "$WORK/sv.txt" || fail "import of the semicolon file failed"
grep -q "^0 poster importerade, .* fanns redan" "$WORK/sv.txt" || { cat "$WORK/sv.txt"; fail "the semicolon file did not match its source"; }
echo "ok: report and csv"
