# A police area's municipalities: the generator makes a second, Gnosjö-like folder; the
# area view (`--data vaggeryd --data gnosjo`, or an omrade.yaml) shows both municipalities'
# promises and one hot-spot ranking marked with the municipality, in the order of the
# priority scores each folder's own summary prints; Enter opens the selected place's
# municipality at its drill-down and q comes back; summary and report take the same options;
# a command that reads one folder refuses several.
source "$(dirname "$0")/lib.sh"
v="$WORK/vaggeryd"; g="$WORK/gnosjo"
cp -r "$ROOT/sample-data" "$v"; rm -rf "$v/cache"
"$BIN" generate --municipality gnosjo --seed 7 --years 2 --start-year 2022 --scale 0.5 --out "$g" > /dev/null || fail "generate gnosjo failed"
TODAY=2023-11-21
# The merged ranking recomputed from each folder's own summary: every hot spot with its
# priority, highest first (equal scores by municipality, then name).
for f in "$v" "$g"; do "$BIN" summary --data "$f" --period 2023-T3 --today $TODAY > "$f.summary" || fail "summary of $f"; done
expected=$(python3 - "$v.summary" "$g.summary" <<'PY'
import re, sys
rows = []
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    muni = re.search(r"Lägesbild · (\S+) ", text).group(1)
    for m in re.finditer(r"^  (.+?)\s+\d+/\d+ \S+\s+\d+\s+\S+ d?\s*([\d.]+)  \[([a-z0-9-]+)\]", text, re.M):
        rows.append((-float(m.group(2)), muni, m.group(1).strip(), m.group(3)))
rows.sort()
print("\n".join(f"{r[3]} {r[1]}" for r in rows))
PY
)
[ "$(echo "$expected" | wc -l)" -ge 18 ] || fail "could not read the two summaries' rankings"
area=$("$BIN" summary --data "$v" --data "$g" --period 2023-T3 --today $TODAY) || fail "area summary failed"
grep -q "Område: Vaggeryd, Gnosjö" <<< "$area" || fail "the area summary has no title"
got=$(sed -n '/Hot spots i området/,$p' <<< "$area" | grep -oE "(Vaggeryd|Gnosjö) +[0-9]+/[0-9]+ .*\[[a-z0-9-]+\]" \
      | sed -E 's/^(\S+) .*\[([a-z0-9-]+)\]$/\2 \1/')
[ "$got" = "$expected" ] || fail "the merged ranking differs from the two summaries: $(diff <(echo "$expected") <(echo "$got") | head)"
# The same with an omrade.yaml.
mkdir -p "$WORK/omrade"; printf 'folders:\n  - ../vaggeryd\n  - ../gnosjo\n' > "$WORK/omrade/omrade.yaml"
[ "$("$BIN" summary --data "$WORK/omrade" --period 2023-T3 --today $TODAY)" = "$area" ] || fail "omrade.yaml gives another summary"
"$BIN" report --data "$v" --data "$g" --period 2023-T3 --today $TODAY > "$WORK/area-report.txt" || fail "area report failed"
grep -q "Vaggeryd" "$WORK/area-report.txt" && grep -q "Gnosjö" "$WORK/area-report.txt" || fail "the area report lacks a municipality"
"$BIN" check --data "$v" --data "$g" > /dev/null 2>&1; [ $? -eq 64 ] || fail "check took two folders"

# The view at 100 × 30.
COLS=100 ROWS=30 start "$BIN --data $v --data $g --period 2023-T3 --today $TODAY"
wait_for "Område: Vaggeryd, Gnosjö"
wait_for "Trygghetsvandringar i centrumomr"
wait_for "Trygghetsrundor på aktuella"
first=$(echo "$expected" | head -1 | cut -d' ' -f1)
name_of() { python3 -c "
import yaml, sys, glob
for f in glob.glob('$v/plans/*.yaml') + glob.glob('$g/plans/*.yaml'):
    for s in yaml.safe_load(open(f))['hot_spots']:
        if s['id'] == sys.argv[1]: print(s['name']); sys.exit()" "$1"; }
wait_for "▸ 1.  $(name_of "$first")"
# Down to the first Gnosjö place, open it: its municipality's dashboard at that place.
k=$(echo "$expected" | grep -n " Gnosjö$" | head -1 | cut -d: -f1)
gid=$(echo "$expected" | sed -n "${k}p" | cut -d' ' -f1)
for i in $(seq 2 "$k"); do keys Down; done
wait_for "▸ $k."
keys Enter
wait_for "Lägesbild · Gnosjö"
wait_for "┌─ $(name_of "$gid")"
keys q
wait_for "Område: Vaggeryd, Gnosjö"
keys q
session_ended 5 || fail "the area view did not quit"
echo "area: ok"
