# Scripted entry: `lagesbild add round` with the documented options writes one event and
# prints the record id; with bad options it prints every problem, exits 1 and writes nothing.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)
journal="$d/journal/script@e2e.jsonl"

id=$("$BIN" add round --data "$d" --today 2023-12-20 --author script@e2e --date 2023-12-05 --start 19:00 --end 21:00 \
     --hotspot vgd-torget --hotspot "Hoks centrum" --hotspot stationen --participants polis=2,kommun=1 \
     --observations klotter,berusning --notes "Lugnt vid Östra Ågatan" --contacts 3 --followup "Laga lampan / Kommunen") \
    || fail "add round failed"
echo "$id" | grep -qE '^[0-9a-f-]{36}$' || fail "no record id printed: $id"
[ "$(wc -l < "$journal")" -eq 1 ] || fail "expected one journal line"
python3 - "$journal" "$id" <<'PY' || fail "the event does not hold the options"
import json, sys
e = json.loads(open(sys.argv[1]).readline())
d = e["data"]
assert e["ref"] == sys.argv[2] and e["author"] == "script@e2e" and e["action"] == "recorded", e
assert d["hotspots"] == ["vgd-torget", "hok-centrum", "vgd-resecentrum"], d
assert d["participants"] == {"polis": 2, "kommun": 1}, d
assert sorted(d["observations"]) == ["berusning", "klotter"], d
assert d["notes"] == "Lugnt vid Östra Ågatan" and d["contacts"] == 3, d
PY
"$BIN" check --data "$d" --today 2023-12-20 > /dev/null || fail "check fails after add round"

# Every problem at once, exit status 1, nothing written.
sum_before=$(cat "$d"/journal/*.jsonl | md5sum)
"$BIN" add round --data "$d" --today 2023-12-20 --author script@e2e --date 2023-13-01 --hotspot nowhere \
    --participants polis=x --observations flygande --notes "Anna 811218-9876" > "$WORK/out.txt" 2> "$WORK/err.txt"
status=$?
[ "$status" -eq 1 ] || fail "bad add round exited $status, not 1"
for expected in '--date: "2023-13-01" är inget datum' '--hotspot: okänd plats "nowhere"' '--participants:' \
                '--observations: okänt val "flygande"' '--notes: "811218-9876" ser ut som ett personnummer'; do
    grep -qF -- "$expected" "$WORK/err.txt" || { cat "$WORK/err.txt"; fail "missing problem: $expected"; }
done
[ ! -s "$WORK/out.txt" ] || fail "an id was printed for a refused round"
[ "$(cat "$d"/journal/*.jsonl | md5sum)" = "$sum_before" ] || fail "a refused round changed a journal"
echo "ok: add round"
