# Lägesbild och åtgärdsplan (Lag 2023:196): `document --year 2023` on the sample writes HTML
# a strict parser accepts, with the seven sections and at least three SVG charts; its
# numbers equal what summary, report and effect print for the year; survey values a file
# holds appear in section 3, a malformed survey row is refused with file:line and nothing
# written; a Markdown text with two headings is merged under them; `D` in the dashboard's
# report view saves it. (The A4 print with page numbers is checked in browser_html.)
source "$(dirname "$0")/lib.sh"
d="$WORK/sample"; cp -r "$ROOT/sample-data" "$d"; rm -rf "$d/cache"
TODAY=2026-12-01
cat > "$d/texts/lagesbild-2023.md" <<'MD'
## Orsaker

Fler unga samlas vid idrottsplatserna **sena fredagskvällar**.

## Prioriteringar

- Belysning vid Vallens idrottsplats
MD
printf 'year,area,indicator,value,answers,source\n2022,Hok,Testindikator för e2e,"3,75",120,Testkälla\n2023,Hok,Testindikator för e2e,"4,25",130,Testkälla\n' \
    > "$d/surveys/e2e.csv"
"$BIN" document --data "$d" --year 2023 --today $TODAY --out "$WORK/doc.html" || fail "document --year 2023 failed"
"$BIN" document --data "$d" --year 2023 --today $TODAY --format md --out "$WORK/doc.md" || fail "document --format md failed"

python3 - "$WORK/doc.html" <<'PY' || fail "the HTML is not what the law's document needs"
import html.parser, re, sys, xml.etree.ElementTree as ET
VOID = {"meta", "br", "hr", "img", "input", "link", "path", "circle", "rect", "line", "polyline", "polygon"}
class Strict(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.svgs = 0; self.ids = []; self.sections = {}; self.current = None; self.text = {}
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "svg": self.svgs += 1
        if tag == "section" and a.get("id"): self.current = a["id"]
        if tag not in VOID: self.stack.append((tag, self.getpos()[0]))
    def handle_startendtag(self, tag, attrs): pass
    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1][0] != tag:
            sys.exit(f"line {self.getpos()[0]}: </{tag}> does not close {self.stack[-1] if self.stack else 'anything'}")
        self.stack.pop()
    def handle_data(self, data):
        if self.current: self.text[self.current] = self.text.get(self.current, "") + data
text = open(sys.argv[1], encoding="utf-8").read()
p = Strict(); p.feed(text); p.close()
if p.stack: sys.exit(f"unclosed: {p.stack}")
ET.fromstring(text.replace("<!DOCTYPE html>", "", 1))
titles = ["1. Sammanfattning", "2. Brott och ordningsstörningar", "3. Konsekvenser och trygghet", "4. Analys",
          "5. Åtgärdsplan", "6. Årshjul", "7. Underlag"]
for k, t in enumerate(titles, 1):
    assert f'id="s{k}"' in text, f"no section s{k}"
    assert f'href="#s{k}"' in text, f"no contents entry for s{k}"
    assert t in p.text.get(f"s{k}", ""), f"section s{k} is not titled {t}"
assert p.svgs >= 3, f"{p.svgs} SVG charts"
assert all(re.search(r"<svg[^>]*role=\"img\"", s) for s in re.findall(r"<svg[^>]*>", text)), "a chart without role=img"
assert text.count("<title>") >= p.svgs + 1, "a chart without a title"
assert 'scope="col"' in text, "no column headers for screen readers"
s3 = p.text["s3"]
assert "Testindikator för e2e" in s3 and "4,25" in s3 and "3,75" in s3 and "Testkälla" in s3, "the survey values are not in section 3"
assert "sena fredagskvällar" in p.text["s4"] and "<strong>sena fredagskvällar</strong>" in text, "Orsaker not merged into 4. Analys"
assert "Belysning vid Vallens idrottsplats" in p.text["s5"], "Prioriteringar not merged into 5. Åtgärdsplan"
PY

# The same numbers as summary, report and effect print for 2023.
"$BIN" summary --data "$d" --period 2023 --today $TODAY > "$WORK/summary.txt" || fail "summary failed"
"$BIN" report --data "$d" --period 2023 --format csv --today $TODAY > "$WORK/report.csv" || fail "report failed"
"$BIN" effect --data "$d" --period 2023 --format csv --today $TODAY > "$WORK/effect.csv" || fail "effect failed"
python3 - "$WORK/doc.md" "$WORK/summary.txt" "$WORK/report.csv" "$WORK/effect.csv" "$d/plans/2023.yaml" <<'PY' || fail "the document's numbers differ"
import csv, re, sys, yaml
md = open(sys.argv[1], encoding="utf-8").read()
def table(heading):
    block = md.split("### " + heading + "\n", 1)[1].strip().split("\n\n")[0]
    rows = [[c.strip() for c in l.strip("|").split("|")] for l in block.splitlines() if l.startswith("|")]
    return rows[0], rows[2:]
# Places: 2023 and 2022 against summary's now/before.
_, places = table("Platserna")
doc = {r[0]: (int(r[1]), int(r[2])) for r in places}
seen = 0
for line in open(sys.argv[2], encoding="utf-8"):
    m = re.match(r"  (.+?)\s+(\d+)/(\d+) ", line)
    if m and m.group(1).strip() in doc:
        assert doc[m.group(1).strip()] == (int(m.group(2)), int(m.group(3))), (line, doc[m.group(1).strip()])
        seen += 1
assert seen >= 10, f"only {seen} places compared"
# Promises: the 2023 column against report's year results.
_, promises = table("Medborgarlöftena år för år")
year = {r[0]: r[3] for r in promises}
for row in csv.DictReader(open(sys.argv[3], encoding="utf-8")):
    assert year[row["promise"]] == f'{row["year_done"]}/{row["year_target"]} {row["year_status"]}', (row["promise"], year[row["promise"]])
# Effect: every judged row of the document is a row of effect's CSV, and as many.
names = {s["name"]: s["id"] for s in yaml.safe_load(open(sys.argv[5]))["hot_spots"]}
_, effects = table("Har åtgärderna och insatserna verkat?")
rows = [r for r in csv.DictReader(open(sys.argv[4], encoding="utf-8")) if r["verdict"] not in ("tooFew", "running")]
assert len(effects) == len(rows), (len(effects), len(rows))
for e in effects:
    t0, t1 = [int(x) for x in e[3].split(" → ")]
    c0, c1 = [int(x) for x in e[4].split(" → ")]
    wdd = float(e[6].split(" / ")[0].replace(",", ".").replace("−", "-"))
    match = [r for r in rows if r["start"] == e[0] and r["hotspot"] == names[e[1]] and (int(r["t0"]), int(r["t1"])) == (t0, t1)
             and (int(r["c0"]), int(r["c1"])) == (c0, c1) and abs(float(r["wdd"]) - wdd) < 0.051]
    assert match, f"no effect row for {e}"
print("document numbers: ok", seen, len(promises), len(effects))
PY

# A malformed survey row: named with file and line, and no document written.
printf 'år;område;indikator;värde\n2023;Hok;Index;2,5\n2023;Hok;Index;mycket\n' > "$d/surveys/bad.csv"
out=$("$BIN" document --data "$d" --year 2023 --today $TODAY --out "$WORK/refused.html" 2>&1) && fail "a malformed survey row was accepted"
grep -q 'surveys/bad.csv:3: fel: värde: "mycket" är inget tal' <<< "$out" || fail "no file:line for the bad survey row: $out"
[ ! -e "$WORK/refused.html" ] || fail "a document was written despite the bad row"
out=$("$BIN" check --data "$d" --today $TODAY 2>&1) && fail "check passed a malformed survey row"
grep -q 'surveys/bad.csv:3: fel: ' <<< "$out" || fail "check does not name the bad survey row"
rm "$d/surveys/bad.csv"

# `D` in the dashboard's report view saves it beside the reports.
start "$BIN --data $d --period 2023 --today $TODAY"
wait_for "Hot spots"
keys r
wait_for "Uppföljning"
keys D
wait_for "reports/lagesbild-och-atgardsplan-2023.html"
[ -s "$d/reports/lagesbild-och-atgardsplan-2023.html" ] || fail "the dashboard wrote no document"
cmp -s <(sed 's/skapad [0-9-]* ·//' "$d/reports/lagesbild-och-atgardsplan-2023.html") <(sed 's/skapad [0-9-]* ·//' "$WORK/doc.html") \
    || fail "the dashboard's document differs from lagesbild document's"
keys q
session_ended 5 || fail "dashboard did not quit"
echo "document: ok"
