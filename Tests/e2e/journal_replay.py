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
