# The snapshot in cache/: a folder large enough to be worth one gets it from the first
# command that reads it, every later start gives exactly the numbers a full parse gives
# (also after new lines, a damaged snapshot and a copied folder), and the dashboard starts
# from it with the same numbers as `summary`.
source "$(dirname "$0")/lib.sh"
d="$WORK/big"
"$BIN" generate --seed 7 --years 3 --scale 2 --start-year 2021 --out "$d" > /dev/null || fail "generate failed"
snap="$d/cache/ledger.snapshot"
summary() { "$BIN" summary --data "$1" --period 2023-T3 --today 2023-11-20; }

summary "$d" > "$WORK/parsed.txt" || fail "summary failed"
[ -f "$snap" ] || fail "no snapshot after the first full read of a $(du -sh "$d/journal" | cut -f1) folder"
[ "$(stat -c %a "$snap")" = 600 ] && [ "$(stat -c %a "$d/cache")" = 700 ] || fail "snapshot not private"
# journal_bytes_read CMD…: runs CMD under strace and prints how many bytes it read from
# journal files (the tails past the snapshot only, when the snapshot is used).
journal_bytes_read() {
    strace -f -qq -e trace=openat,read,pread64,close -o "$WORK/io.log" "$@" > "$WORK/io.out" || fail "$* failed"
    python3 - "$WORK/io.log" <<'PY'
import re, sys
fds, total = {}, 0
for line in open(sys.argv[1]):
    m = re.search(r'openat\(AT_FDCWD, "([^"]*)".*= (\d+)$', line)
    if m: fds[m.group(2)] = m.group(1); continue
    m = re.search(r'close\((\d+)\)', line)
    if m: fds.pop(m.group(1), None); continue
    m = re.search(r'(?:pread64|read)\((\d+),.*= (\d+)$', line)
    if m and "/journal/" in fds.get(m.group(1), ""): total += int(m.group(2))
print(total)
PY
}
journal_size=$(cat "$d"/journal/*.jsonl | wc -c)
read_with=$(journal_bytes_read "$BIN" summary --data "$d" --period 2023-T3 --today 2023-11-20)
cp "$WORK/io.out" "$WORK/from-snapshot.txt"
[ "$read_with" -lt $((journal_size / 20)) ] || fail "from the snapshot it still read $read_with of $journal_size journal bytes"
echo "journal bytes read: $read_with of $journal_size from the snapshot"
cmp -s "$WORK/parsed.txt" "$WORK/from-snapshot.txt" || { diff "$WORK/parsed.txt" "$WORK/from-snapshot.txt"; fail "summary from the snapshot differs"; }

# A new round on top of the snapshot counts once, exactly as a full parse counts it.
"$BIN" add round --data "$d" --today 2023-11-20 --author e2e@test --date 2023-11-19 --hotspot vgd-torget \
    --participants polis=1 > /dev/null || fail "add round failed"
summary "$d" > "$WORK/tail.txt"
cmp -s "$WORK/tail.txt" "$WORK/parsed.txt" && fail "the new round is not in the summary"
rounds_before=$(grep -oE " [0-9]+/30 .*\[rundor\]" "$WORK/parsed.txt" | grep -oE "[0-9]+/30" | head -1 | cut -d/ -f1)
rounds_after="$((rounds_before + 1))/30"
grep -q " $rounds_after .*\[rundor\]" "$WORK/tail.txt" || { cat "$WORK/tail.txt"; fail "rounds not $rounds_after after one more round"; }
mv "$d/cache" "$WORK/cache-aside"
summary "$d" > "$WORK/tail-parsed.txt"
cmp -s "$WORK/tail.txt" "$WORK/tail-parsed.txt" || { diff "$WORK/tail.txt" "$WORK/tail-parsed.txt"; fail "snapshot plus tail differs from a full parse"; }

# A damaged snapshot is ignored and written again.
size=$(stat -c %s "$snap")
printf '\xff\xff\xff\xff' | dd of="$snap" bs=1 seek=$((size / 2)) conv=notrunc status=none
summary "$d" > "$WORK/damaged.txt"
cmp -s "$WORK/damaged.txt" "$WORK/tail-parsed.txt" || fail "a damaged snapshot changed the summary"
summary "$d" > "$WORK/rewritten.txt"
cmp -s "$WORK/rewritten.txt" "$WORK/tail-parsed.txt" || fail "the rewritten snapshot changed the summary"

# A copy of the whole folder (new inodes, new times) gives the same numbers.
cp -r "$d" "$WORK/copy"
summary "$WORK/copy" > "$WORK/copy.txt"
cmp -s "$WORK/copy.txt" "$WORK/tail-parsed.txt" || fail "the copied folder's summary differs"

# No room for a snapshot (a file-size limit, the signal not ignored by the shell): the
# command still answers, and nothing is left behind.
rm -rf "$d/cache"
bash -c "ulimit -f 100; exec '$BIN' summary --data '$d' --period 2023-T3 --today 2023-11-20" > "$WORK/limited.txt" \
    || fail "summary died when its snapshot did not fit (status $?)"
cmp -s "$WORK/limited.txt" "$WORK/tail-parsed.txt" || fail "summary under a file-size limit differs"
[ -z "$(ls -A "$d/cache")" ] || { ls -la "$d/cache"; fail "a partial snapshot was left behind"; }
summary "$d" > /dev/null
[ -f "$snap" ] || fail "no snapshot written again once there was room"

# The dashboard starts from it and shows what summary shows.
start "sh -c '$BIN --data $d --today 2023-11-20 --author chair@e2e; echo EXITED \$?; sleep 30'"
wait_for "$rounds_after" || { screen; fail "dashboard does not show rounds $rounds_after"; }
top=$(sed -n '/plats · händelser/{n;p;q}' "$WORK/tail.txt" | sed 's/^ *//' | cut -c1-6)
[ -n "$top" ] && screen | grep -qF "$top" || { screen; fail "dashboard does not list the top hot spot ($top)"; }
keys q
wait_for "EXITED 0" || { screen; fail "dashboard did not quit cleanly"; }
echo "ok: snapshot start"
