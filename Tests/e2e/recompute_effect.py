"""Recomputes every evaluation of `lagesbild effect --format csv` straight from the journal
lines and the plan files, without any of Lägesbild's code: the windows, the treated,
comparison and buffer places, the counts, WDD, SE and the verdict (README "Effect").
usage: recompute_effect.py DATA_DIR EFFECT.csv TODAY   (exit 1 on any difference)
"""
import csv, datetime, math, os, sys
import yaml
from journal_replay import current_records, counted_incidents

folder, csv_path, today = sys.argv[1], sys.argv[2], datetime.date.fromisoformat(sys.argv[3])
records = current_records(folder)
D = datetime.date.fromisoformat
incidents = counted_incidents(records)
measures = {i.lower(): d for (k, i), d in records.items() if k == "measure"}
interventions = {i.lower(): d for (k, i), d in records.items() if k == "intervention"}
KINDS = {"narkotika": {"narkotika"}, "trafik": {"trafik", "buskorning"}, "vald": {"vald"},
         "skadegorelse": {"skadegorelse", "klotter"}, "bedrageri": {"bedrageri"}, "trygghet": None}


def plan_of(year):
    path = f"{folder}/plans/{year}.yaml"
    if not os.path.exists(path):
        years = sorted(int(f[:4]) for f in os.listdir(f"{folder}/plans"))
        earlier = [y for y in years if y < year]
        path = f"{folder}/plans/{(earlier[-1] if earlier else years[0])}.yaml"
    return yaml.safe_load(open(path, encoding="utf-8"))


bad = 0
for row in csv.DictReader(open(csv_path, encoding="utf-8")):
    start, weeks, spot = D(row["start"]), int(row["weeks"]), row["hotspot"]
    b0, b1 = start - datetime.timedelta(days=7 * weeks), start - datetime.timedelta(days=1)
    a0, a1 = start, start + datetime.timedelta(days=7 * weeks - 1)
    plan = plan_of(start.year)
    active = [s for s in plan["hot_spots"] if s.get("active", True)]
    locality = {s["id"]: s.get("locality", "") for s in plan["hot_spots"]}
    # Treated: a measure decided in the windows; for an intervention also one of the same kind.
    treated = {m["hotspot"] for m in measures.values() if m.get("hotspot") and b0 <= D(m["decided"]) <= a1}
    if row["kind"] == "intervention":
        kind = interventions[row["id"].lower()]["kind"]
        treated |= {i["hotspot"] for i in interventions.values() if i.get("hotspot") and i["kind"] == kind and b0 <= D(i["date"]) <= a1}
    buffer = [s["id"] for s in active if s["id"] != spot and locality[s["id"]] == locality[spot] and s["id"] not in treated]
    comparison = [s["id"] for s in active if s["id"] != spot and s["id"] not in treated and s["id"] not in buffer]
    cats = KINDS[interventions[row["id"].lower()]["kind"]] if row["kind"] == "intervention" else None

    def count(spots, lo, hi):
        hi = min(hi, today)
        return sum(1 for i in incidents if i.get("hotspot") in spots and lo <= D(i["date"]) <= hi
                   and (cats is None or i["category"] in cats))

    t0, t1, c0, c1 = count({spot}, b0, b1), count({spot}, a0, a1), count(set(comparison), b0, b1), count(set(comparison), a0, a1)
    d0 = count(set(buffer), b0, b1) if buffer else None
    d1 = count(set(buffer), a0, a1) if buffer else None
    k = t0 / c0 if c0 > 0 and t0 > 0 else 1.0
    wdd = (t1 - t0) - k * (c1 - c0)
    se = math.sqrt(t1 + t0 + k * k * (c1 + c0))
    passed = 0 if today < a0 else min(weeks, ((today - a0).days + 1) // 7)
    z = wdd / se if se > 0 else 0
    if passed < weeks:
        verdict = "running"
    elif t0 + t1 < 10:
        verdict = "tooFew"
    else:
        verdict = "decrease" if z <= -2 else "increase" if z >= 2 else "noClearDifference"
    got = (int(row["t0"]), int(row["t1"]), int(row["c0"]), int(row["c1"]),
           int(row["d0"]) if row["d0"] else None, int(row["d1"]) if row["d1"] else None, row["verdict"])
    want = (t0, t1, c0, c1, d0, d1, verdict)
    if got != want or abs(float(row["wdd"]) - wdd) > 0.001 or abs(float(row["se"]) - se) > 0.001:
        print("differs:", row["kind"], row["id"], row["start"], spot, "got", got, row["wdd"], row["se"], "want", want, wdd, se)
        bad += 1
print(f"{sum(1 for _ in open(csv_path)) - 1} evaluations recomputed, {bad} differ")
sys.exit(1 if bad else 0)
