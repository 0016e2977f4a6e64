"""Recomputes each promise's done/target for a tertial straight from the journal lines,
without any of Lägesbild's code: replay recorded/amended/voided in (ts, id) order, then count.
usage: recompute_promises.py DATA_DIR TERTIAL_START TERTIAL_END  -> lines "id done/target"
"""
import sys, datetime
import yaml
from journal_replay import current_records

folder, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
import os


def plan_of(year):
    """The plan of a year: plans/YYYY.yaml, or the older single plan.yaml."""
    path = f"{folder}/plans/{year}.yaml"
    return yaml.safe_load(open(path if os.path.exists(path) else f"{folder}/plan.yaml", encoding="utf-8"))



records = current_records(folder)

year = start[:4]
plan = plan_of(year)
for p in plan["promises"]:
    per = p.get("per", "tertial")
    # A yearly promise is judged year to date: from January 1 up to the tertial's end.
    s, t = (start, end) if per == "tertial" else (f"{year}-01-01", end)
    metric = p["metric"]
    done = 0
    for (kind, _), data in records.items():
        if metric == "rundor" and kind == "round" or metric.startswith("insatser:") and kind == "intervention" and data["kind"] == metric.split(":")[1]:
            if s <= data["date"] <= t:
                done += 1
    print(p["id"], f"{done}/{p['target']}")
