# Several processes append to one writer's journal at once, and to separate journals:
# every event is present exactly once and every line is whole.
source "$(dirname "$0")/lib.sh"
N=${APPENDS:-2000}
P=${WRITERS:-4}

verify() {  # verify DIR EXPECTED_EVENTS ACK_FILES...
    local dir=$1 expected=$2; shift 2
    python3 - "$dir" "$expected" "$@" <<'PY' || fail "verification failed in $1"
import glob, json, sys
folder, expected, acks = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
ids = []
for path in glob.glob(f"{folder}/journal/*.jsonl"):
    data = open(path, "rb").read()
    assert data.endswith(b"\n"), f"{path}: last line not whole"
    for n, line in enumerate(data.split(b"\n")[:-1], 1):
        ids.append(json.loads(line)["id"])   # raises on an interleaved or torn line
acked = [l.split()[1] for f in acks for l in open(f) if l.startswith("ack ")]
assert len(ids) == expected, f"{len(ids)} events on disk, expected {expected}"
assert len(set(ids)) == len(ids), "an event is present twice"
assert set(acked) == set(ids), "acknowledged and stored events differ"
print(f"{len(ids)} events, all whole, each once")
PY
}

d="$WORK/one"; cp -r "$ROOT/sample-data" "$d"; rm -f "$d"/journal/*.jsonl
for i in $(seq 1 "$P"); do "$BIN" stress-append --data "$d" --count "$N" --writer shared@host > "$WORK/one.$i" & done
wait
verify "$d" $((N * P)) "$WORK"/one.*
[ "$(ls "$d"/journal/*.jsonl | wc -l)" -eq 1 ] || fail "expected one journal file"
"$BIN" check --data "$d" > /dev/null || fail "check failed after concurrent appends"

d="$WORK/many"; cp -r "$ROOT/sample-data" "$d"; rm -f "$d"/journal/*.jsonl
for i in $(seq 1 "$P"); do "$BIN" stress-append --data "$d" --count "$N" --writer "w$i@host" > "$WORK/many.$i" & done
wait
verify "$d" $((N * P)) "$WORK"/many.*
echo "ok: $P processes x $N appends, to one journal and to separate journals"
