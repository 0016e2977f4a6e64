# Many years: init --year adds next year's plan and leaves every other file as it was; a
# round in 2024 counts against the 2024 target; a round in 2026 (no plan) is counted with
# the no-plan note and exit 0; the 2023-T3 report sets 2022-T3 beside it with numbers an
# independent script recomputes from the journal lines; report --years lists each promise
# per year; in tmux → crosses from 2023-T3 into 2024-T1 and shows the 2024 round, and the
# round form warns about a 2026 date before saving.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)

# init --year 2024: a new plan, every earlier plan and journal byte-identical.
( cd "$d" && find plans journal -type f | sort | xargs sha256sum ) > "$WORK/before.sum"
"$BIN" init --year 2024 --data "$d" --today 2023-12-10 > "$WORK/init.txt" || { cat "$WORK/init.txt"; fail "init --year 2024 failed"; }
[ -f "$d/plans/2024.yaml" ] || fail "init --year 2024 wrote no plans/2024.yaml"
grep -q "^# .*Granska" "$d/plans/2024.yaml" || fail "the new plan has no comment saying what to review"
( cd "$d" && sha256sum -c --quiet "$WORK/before.sum" ) || fail "init --year changed an earlier plan or a journal"
"$BIN" init --year 2024 --data "$d" > "$WORK/again.txt" 2>&1 && fail "a second init --year 2024 did not refuse"
grep -q "finns redan en plan" "$WORK/again.txt" || { cat "$WORK/again.txt"; fail "no word that the 2024 plan exists"; }
"$BIN" check --data "$d" --today 2024-03-15 > "$WORK/check.txt" || { cat "$WORK/check.txt"; fail "check fails after init --year"; }

# A round in 2024 counts against the 2024 plan's target (30 a tertial, as the 2023 plan).
"$BIN" add round --data "$d" --author e2e@years --date 2024-03-01 --start 19:00 --end 21:00 \
    --hotspot vgd-torget --participants polis=2 > "$WORK/add24.txt" 2> "$WORK/add24.err" || { cat "$WORK/add24.err"; fail "add round 2024 failed"; }
grep -q "Ingen plan" "$WORK/add24.err" && fail "add warned about a missing plan for 2024, which has one"
"$BIN" summary --data "$d" --period 2024-T1 --today 2024-06-01 > "$WORK/s24.txt" || fail "summary 2024-T1 failed"
grep -qE " 1/30 .*\[rundor\]" "$WORK/s24.txt" || { cat "$WORK/s24.txt"; fail "the 2024 round is not counted against the 2024 target"; }

# A round in 2026, a year without a plan: add says so before saving and saves; summary counts it, exit 0.
"$BIN" add round --data "$d" --author e2e@years --date 2026-02-06 --start 21:00 --end 23:00 \
    --hotspot vgd-torget --participants polis=1 > "$WORK/add26.txt" 2> "$WORK/add26.err" || { cat "$WORK/add26.err"; fail "add round 2026 failed"; }
grep -q "Ingen plan för 2026" "$WORK/add26.err" || { cat "$WORK/add26.err"; fail "add did not say 2026 has no plan"; }
"$BIN" summary --data "$d" --period 2026 --today 2026-12-01 > "$WORK/s26.txt"; status=$?
[ "$status" -eq 0 ] || fail "summary --period 2026 exited $status"
grep -q "Ingen plan för 2026 – inga mål att jämföra med; lagesbild init --year 2026 skapar en" "$WORK/s26.txt" || { cat "$WORK/s26.txt"; fail "no no-plan note in summary 2026"; }
grep -qE "Rundor +1 .*\[rundor\]" "$WORK/s26.txt" || { cat "$WORK/s26.txt"; fail "the 2026 round is not counted"; }
"$BIN" check --data "$d" --today 2026-12-01 > "$WORK/check26.txt"
grep -q "plans/2026.yaml: varning: ingen plan för 2026, men 1 post" "$WORK/check26.txt" || { cat "$WORK/check26.txt"; fail "check does not warn once about 2026"; }

# The 2023-T3 report beside 2022-T3, recomputed from the journal lines.
"$BIN" report --data "$ROOT/sample-data" --period 2023-T3 --format md --today 2024-02-01 > "$WORK/r.md" || fail "report 2023-T3 failed"
grep -q "## Jämfört med samma period året före (2022 T3)" "$WORK/r.md" || fail "the report has no comparison with 2022 T3"
python3 "$ROOT/Tests/e2e/recompute_years.py" "$ROOT/sample-data" tertial 2023-T3 > "$WORK/expected.txt" || fail "recompute failed"
python3 - "$WORK/r.md" "$WORK/expected.txt" "$ROOT/sample-data/plans/2023.yaml" <<'PY' || fail "the year-earlier comparison differs from the recomputation"
import sys, yaml
md = open(sys.argv[1], encoding="utf-8").read().split("## Jämfört med samma period året före")[1]
names = {s["id"]: s["name"] for s in yaml.safe_load(open(sys.argv[3], encoding="utf-8"))["hot_spots"]}
rows = {}
for line in md.splitlines():
    if line.startswith("| ") and not line.startswith("| ---"):
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows.setdefault(cells[0], cells)
bad = 0
for line in open(sys.argv[2]):
    parts = line.split()
    label = "Trygghetsrundor" if parts[0] == "rounds" else names[parts[1]]
    then, now = parts[-2], parts[-1]
    got = rows.get(label)
    if got is None or got[1] != then or got[2] != now:
        print("expected", label, then, now, "got", got); bad += 1
sys.exit(1 if bad else 0)
PY

# report --years 2021-2023: each promise per year, recomputed.
"$BIN" report --data "$ROOT/sample-data" --years 2021-2023 --format csv --today 2024-02-01 > "$WORK/years.csv" || fail "report --years failed"
python3 "$ROOT/Tests/e2e/recompute_years.py" "$ROOT/sample-data" years 2021 2023 > "$WORK/years-expected.txt"
while read -r _ id year figures; do
    grep -qE "^$id,.*,$year,${figures%/*},${figures#*/}," "$WORK/years.csv" || { cat "$WORK/years.csv"; fail "report --years: $id $year should be $figures"; }
done < "$WORK/years-expected.txt"
"$BIN" report --data "$ROOT/sample-data" --years 2021-2023 --today 2024-02-01 > "$WORK/years.txt"
grep -q "Löften per år" "$WORK/years.txt" && grep -qE "Trygghetsrundor.*2021.*2022.*2023|2021 +2022 +2023" "$WORK/years.txt" || { cat "$WORK/years.txt"; fail "report --years text has no table per year"; }

# The dashboard: → from 2023-T3 into 2024-T1, where the 2024 round counts (1 of 30).
start "$BIN --data $d --period 2023-T3 --today 2024-03-15 --author e2e@years"
wait_for "2023 T3 sep–dec"
keys Right
wait_for "2024 T1 jan–apr"
wait_for "Rundor"
screen | grep -qE "Rundor +1/30" || fail "the 2024 round is not counted in 2024-T1"
keys q
session_ended 5 || fail "the dashboard did not quit"

# The round form on a 2026 date warns before saving, and saves.
start "$BIN round --data $d --today 2026-12-01 --author e2e@years"
wait_for "Ny trygghetsrunda"
wait_for "Obs: ingen plan för 2026"
type_text "tor"; wait_for "Torget Vaggeryd · Vaggeryd"; keys Space
keys Tab; type_text "p1"; wait_for "= polis 1"
keys C-s
session_ended 5 || fail "the round form did not end after saving"
"$BIN" summary --data "$d" --period 2026 --today 2026-12-01 | grep -qE "Rundor +2 .*\[rundor\]" || fail "the round saved in the form is not counted in 2026"
echo "PASS years"
