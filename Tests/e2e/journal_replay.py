"""The records a data folder holds now, straight from its journal lines and without any of
Lägesbild's code: every whole line, replayed recorded/amended/voided in (ts, id) order.
Shared by the scripts that recompute Lägesbild's figures independently."""
import glob, json


def current_records(folder):
    """{(kind, record id): data} of every record that counts."""
    events = []
    for path in glob.glob(f"{folder}/journal/*.jsonl"):
        for line in open(path, encoding="utf-8"):
            if line.endswith("\n"):
                events.append(json.loads(line))
    events.sort(key=lambda e: (e["ts"], e["id"].upper()))
    records = {}
    for e in events:
        key = (e["kind"], e["ref"])
        if e["action"] == "voided":
            records.pop(key, None)
        else:
            records[key] = e["data"]
    return records


def counted_incidents(records):
    """The incidents every count uses: of reports of the same category on the same day,
    at most 50 m apart and from different sources, the first (by time of day, then id)
    counts and each other source's nearest-in-time report of it does not (README,
    "Möjliga dubbletter"). Written out here from the rule, not from Lägesbild's code."""
    import math
    incidents = [(ref, d) for (kind, ref), d in records.items() if kind == "incident"]
    groups = {}
    counted = []
    for ref, d in incidents:
        if "n" in d and "e" in d:
            groups.setdefault((d["date"], d["category"]), []).append((ref, d))
        else:
            counted.append(d)
    def minutes(d):
        t = d.get("time")
        return int(t[:2]) * 60 + int(t[3:5]) if t else -1
    for members in groups.values():
        members.sort(key=lambda m: (minutes(m[1]), m[0].upper()))
        kept = []  # [data, set of sources]
        for ref, d in members:
            for k in kept:
                if d["source"] not in k[1] and math.hypot(d["n"] - k[0]["n"], d["e"] - k[0]["e"]) <= 50:
                    k[1].add(d["source"])
                    break
            else:
                kept.append([d, {d["source"]}])
        counted += [k[0] for k in kept]
    return counted
