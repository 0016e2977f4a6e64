"""Recomputes each hot spot's incidents now/before for a tertial straight from the journal
lines, without any of Lägesbild's code: replay recorded/amended/voided in (ts, id) order, then
count. A finished tertial is compared whole with the whole tertial before; one in progress on
TODAY counts its days so far (start … TODAY) against as many days from the start of the
tertial before (never past its end).
The trend mark is recomputed too, by the exact two-sided binomial test of now given
now + before with p = the now-window's share of the two windows' days (p < 0.05: ▲ or ▼;
otherwise = for equal counts, ≈ for unequal), written here from its definition.
usage: recompute_trends.py DATA_DIR TERTIAL TODAY  -> lines "id now/before mark"  (TERTIAL as 2023-T3)
"""
import sys, datetime, math
import yaml
from journal_replay import current_records, counted_incidents

folder, tertial, today = sys.argv[1], sys.argv[2], datetime.date.fromisoformat(sys.argv[3])
import os


def plan_of(year):
    """The plan of a year: plans/YYYY.yaml, or the older single plan.yaml."""
    path = f"{folder}/plans/{year}.yaml"
    return yaml.safe_load(open(path if os.path.exists(path) else f"{folder}/plan.yaml", encoding="utf-8"))





def bounds(year, t):
    first = (t - 1) * 4 + 1
    start = datetime.date(year, first, 1)
    end = (datetime.date(year + 1, 1, 1) if t == 3 else datetime.date(year, first + 4, 1)) - datetime.timedelta(days=1)
    return start, end


year, t = int(tertial[:4]), int(tertial[-1])
start, end = bounds(year, t)
prev_start, prev_end = bounds(year, t - 1) if t > 1 else bounds(year - 1, 3)
as_of = min(today, end)
if as_of < end:  # in progress: the same number of days of the tertial before
    days = (as_of - start).days + 1 if as_of >= start else 0
    prev_through = min(prev_end, prev_start + datetime.timedelta(days=days - 1))
else:
    prev_through = prev_end

records = current_records(folder)


def mark(now, before, now_days, before_days):
    n = now + before
    if now == before and now_days == before_days:
        return "="
    share = now_days / (now_days + before_days)
    logs = [math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1) + k * math.log(share) + (n - k) * math.log(1 - share)
            for k in range(n + 1)]
    seen = logs[now]
    p = sum(math.exp(v) for v in logs if v <= seen + 1e-7) if n > 0 else 1.0
    if p >= 0.05:
        return "=" if now == before else "≈"
    return "▲" if now > n * share else "▼"

incidents = [(d.get("hotspot"), datetime.date.fromisoformat(d["date"])) for d in counted_incidents(records)]
plan = plan_of(year)
# The picture ranks the places the year's plan follows; a retired one (active: false) is not listed.
for spot in (s for s in plan["hot_spots"] if s.get("active", True)):
    if not spot.get("active", True):
        continue
    now = sum(1 for h, d in incidents if h == spot["id"] and start <= d <= as_of)
    before = sum(1 for h, d in incidents if h == spot["id"] and prev_start <= d <= prev_through)
    print(spot["id"], f"{now}/{before}", mark(now, before, (as_of - start).days + 1, (prev_through - prev_start).days + 1))
