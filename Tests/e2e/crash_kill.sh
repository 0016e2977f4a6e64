# A writer appends in a loop and is killed with SIGKILL at random moments, again and
# again on the same folder. After each kill every event the writer saw acknowledged is
# on disk, and loading reports at most a torn last line, never a lost or broken event.
source "$(dirname "$0")/lib.sh"
KILLS=${KILLS:-500}
d="$WORK/data"; cp -r "$ROOT/sample-data" "$d"
acks="$WORK/acks"; : > "$acks"
RANDOM=42
midstream=0
for i in $(seq 1 "$KILLS"); do
    before=$(wc -l < "$acks")
    "$BIN" stress-append --data "$d" --count 0 --writer crash@host >> "$acks" &
    pid=$!
    # Wait for the writer's first acknowledged append, then kill it a random moment later,
    # so the kill lands while it is writing and syncing, not while it starts.
    for _ in $(seq 1 200); do [ "$(wc -l < "$acks")" -gt "$before" ] && break; sleep 0.005; done
    sleep "0.0$(printf '%02d' $((RANDOM % 30)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    [ "$(wc -l < "$acks")" -gt "$before" ] && midstream=$((midstream + 1))
done
echo "kills: $KILLS, of them $midstream while appending"
[ "$midstream" -ge $((KILLS / 2)) ] || fail "too few kills landed while the writer was appending ($midstream)"
python3 - "$d" "$acks" > "$WORK/verdict" <<'PY' || { cat "$WORK/verdict"; fail "acknowledged events lost"; }
import json, sys
folder, ackfile = sys.argv[1], sys.argv[2]
data = open(f"{folder}/journal/crash@host.jsonl", "rb").read()
lines = data.split(b"\n")
torn_tail = lines[-1] != b""
stored, remnants = set(), 0
for line in lines[:-1]:
    try:
        stored.add(json.loads(line)["id"])
    except ValueError:
        # A write cut off by the kill; the next writer started a new line after it.
        assert line.startswith(b'{"action":"') and not line.rstrip().endswith(b"}"), f"broken line: {line[:80]!r}"
        remnants += 1
acked = [l.split()[1] for l in open(ackfile, errors="replace") if l.startswith("ack ") and len(l.split()) == 2]
missing = [a for a in acked if a not in stored]
assert not missing, f"{len(missing)} acknowledged events missing"
print(f"{len(acked)} acknowledged events all on disk, {len(stored)} stored, {remnants} torn writes left as remnant lines, torn tail: {torn_tail}")
print(f"expected-warnings {remnants + (1 if torn_tail else 0)}")
PY
grep -v "^expected-warnings" "$WORK/verdict"
expected=$(awk '/^expected-warnings/{print $2}' "$WORK/verdict")
out=$("$BIN" check --data "$d") || fail "check reports errors after the kills: $out"
warnings=$(echo "$out" | grep -c ": varning:" || true)
[ "$warnings" -eq "$expected" ] || fail "expected $expected torn-line warnings, got: $out"
echo "ok: $KILLS kills"
