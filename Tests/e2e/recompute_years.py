"""Recomputes, straight from the journal lines and the plan files and without any of
Lägesbild's code, what the follow-up report sets beside a tertial: the same tertial a year
earlier. Also each promise's result per year for `report --years`.
usage: recompute_years.py DATA_DIR tertial 2023-T3   -> "rounds THEN NOW" and "spot ID THEN NOW" lines
       recompute_years.py DATA_DIR years 2021 2023   -> "promise ID YEAR DONE/TARGET" lines
Both periods are taken as finished (the report's day after the tertial's end).
"""
import os, sys
import yaml
from journal_replay import current_records, counted_incidents

folder, mode = sys.argv[1], sys.argv[2]
records = current_records(folder)


def plan_of(year):
    path = f"{folder}/plans/{year}.yaml"
    return yaml.safe_load(open(path, encoding="utf-8")) if os.path.exists(path) else None


def tertial_bounds(year, t):
    first = (t - 1) * 4 + 1
    last = first + 3
    end_day = {4: 30, 8: 31, 12: 31}[last]
    return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{end_day}"


def count(kind, start, end, pred=lambda d: True):
    if kind == "incident":
        return sum(1 for d in counted_incidents(records) if start <= d["date"] <= end and pred(d))
    return sum(1 for (k, _), d in records.items() if k == kind and start <= d["date"] <= end and pred(d))


if mode == "tertial":
    year, t = int(sys.argv[3][:4]), int(sys.argv[3][-1])
    now = tertial_bounds(year, t)
    then = tertial_bounds(year - 1, t)
    print("rounds", count("round", *then), count("round", *now))
    spots = {s["id"] for s in plan_of(year)["hot_spots"]}
    for spot in sorted(spots):
        c_then = count("incident", *then, lambda d: d.get("hotspot") == spot)
        c_now = count("incident", *now, lambda d: d.get("hotspot") == spot)
        print("spot", spot, c_then, c_now)
else:
    first, last = int(sys.argv[3]), int(sys.argv[4])
    for year in range(first, last + 1):
        plan = plan_of(year)
        for p in plan["promises"]:
            target = p["target"] * 3 if p.get("per", "tertial") == "tertial" else p["target"]
            metric = p["metric"]
            if metric == "rundor":
                done = count("round", f"{year}-01-01", f"{year}-12-31")
            else:
                kind = metric.split(":")[1]
                done = count("intervention", f"{year}-01-01", f"{year}-12-31", lambda d: d["kind"] == kind)
            print("promise", p["id"], year, f"{done}/{target}")
