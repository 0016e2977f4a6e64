# The wall display: picks up a round appended by another process within 5 s, survives
# journals added, truncated and replaced, works on a folder made read-only and changes
# nothing in it (listing with mtimes, and strace), ignores every printable key, shows
# "data saknas" while the folder is gone, and costs next to nothing when idle.
source "$(dirname "$0")/lib.sh"
PERIOD=2023-T2

# listing DIR: every path with mtime, size and mode, for before/after comparisons.
listing() { find "$1" -printf '%p %T@ %s %m\n' | sort; }

# The rounds count of the activity panel on the overview page (`Rundor    25/30`).
rounds_on_screen() { screen | grep -oE 'Rundor +[0-9]+/[0-9]+' | head -1 | sed -E 's/.* ([0-9]+)\/.*/\1/'; }

# wait_rounds N [SECONDS]: polls until the overview shows N rounds; prints the seconds it took.
wait_rounds() {
    local want=$1 limit_ms=$((${2:-5} * 1000)) start elapsed
    start=$(date +%s%N)
    while :; do
        elapsed=$((($(date +%s%N) - start) / 1000000))
        if [ "$(rounds_on_screen)" = "$want" ]; then
            awk -v ms="$elapsed" 'BEGIN { printf "%.2f\n", ms / 1000 }'
            return 0
        fi
        [ "$elapsed" -gt "$limit_ms" ] && fail "rounds did not become $want within $((limit_ms / 1000))s"
        sleep 0.05
    done
}

# append_round DIR: one round dated 2023-05-05 from a second process: `add round` when the
# binary has it, otherwise the hidden stress-append.
append_round() {
    if "$BIN" --help 2>/dev/null | grep -qE '^  add( |$)' &&
        timeout 20 "$BIN" add round --data "$1" --date 2023-05-05 --hotspot vgd-torget \
            --participants polis=2,kommun=1 --start 19:00 --end 21:00 </dev/null >/dev/null 2>&1; then
        echo "add round"
    else
        "$BIN" stress-append --data "$1" --count 1 --writer other@host >/dev/null || fail "stress-append failed"
        echo "stress-append"
    fi
}

pane_pid() { T display-message -p -t e2e '#{pane_pid}'; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }
file_size() { stat -c %s "$1" 2>/dev/null || echo 0; }
# fresh_copy NAME: a new copy of sample-data for one part of the journey.
fresh_copy() { cp -r "$ROOT/sample-data" "$WORK/$1" && echo "$WORK/$1"; }

# --- 1. Live update, and journals added, truncated and replaced --------------------------
d=$(fresh_copy live)
start "$BIN" wall --data "$d" --period $PERIOD --pages overview --rotate 0
wait_for "VISNINGSSKÄRM"
wait_for "Rundor"
before=$(rounds_on_screen)
[ -n "$before" ] || fail "no rounds count on the overview"
ls "$d/journal" > "$WORK/journals.before"
how=$(append_round "$d")
took=$(wait_rounds $((before + 1)) 5)
echo "ok: $how from a second process: rounds $before -> $((before + 1)) on screen after ${took}s"

new_journal=$(ls "$d/journal" | comm -13 "$WORK/journals.before" - | head -1)
if [ -n "$new_journal" ]; then
    journal="$d/journal/$new_journal"
else
    journal=$(ls -t "$d"/journal/*.jsonl | head -1)
fi
cp "$journal" "$WORK/saved.jsonl"
: > "$journal"
wait_rounds "$before" 5 > /dev/null
cp "$WORK/saved.jsonl" "$WORK/replacement.jsonl" && mv "$WORK/replacement.jsonl" "$journal"
wait_rounds $((before + 1)) 5 > /dev/null
echo "ok: journal $(basename "$journal") truncated (rounds back to $before) and replaced (rounds $((before + 1)))"
keys q
session_ended 5 || fail "wall did not quit on q"

# --- 2. Read-only folder: works, writes nothing, ignores every key ----------------------
d=$(fresh_copy readonly)
chmod -R a-w "$d"
listing "$d" > "$WORK/listing.before"
strace_log="$WORK/strace.log"
start strace -f -qq -e trace=openat,open,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,flock \
    -o "$strace_log" "$BIN" wall --data "$d" --period $PERIOD --rotate 1 --seconds
wait_for "VISNINGSSKÄRM"
wait_for "Nyckeltal" 10
printable=$(printf '%s' ' !"#$%&'"'"'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnoprstuvwxyz{|}~')
[ ${#printable} -eq 94 ] || fail "expected 94 printable keys without q, got ${#printable}"
type_text "$printable"
keys Enter Escape Tab BTab Up Down Left Right PPage NPage Home End BSpace DC F1 F5 C-z C-s C-x C-n
# Every page comes round while keys keep arriving, and the clock keeps ticking after
# Ctrl-S (no XOFF freeze).
for page in "Översikt" "Hot spots efter prioritet" "Löften och aktiviteter" "Öppna åtgärder" "Nyckeltal"; do
    wait_for "$page" 10
done
clock1=$(screen | head -1 | grep -oE '[0-9]{2}:[0-9]{2}:[0-9]{2}')
# A frozen terminal never ticks again; a slow one under strace may miss one tick.
for _ in 1 2 3; do
    sleep 1.2
    clock2=$(screen | head -1 | grep -oE '[0-9]{2}:[0-9]{2}:[0-9]{2}')
    [ "$clock1" != "$clock2" ] && break
done
[ "$clock1" != "$clock2" ] || fail "the clock stopped after the keys ($clock1)"
screen | grep -qF "VISNINGSSKÄRM" || fail "the wall left its display after the keys"
keys C-c
session_ended 5 || fail "wall did not quit on Ctrl-C"
listing "$d" > "$WORK/listing.after"
diff "$WORK/listing.before" "$WORK/listing.after" > "$WORK/listing.diff" || { cat "$WORK/listing.diff"; fail "the data folder changed"; }
echo "ok: read-only folder, 94 printable keys and 20 others: $(wc -l < "$WORK/listing.after") paths unchanged (path, mtime, size, mode)"

grep -F "$d" "$strace_log" > "$WORK/strace.data"
opens=$(grep -cE 'open(at)?\(' "$WORK/strace.data")
[ "$opens" -gt 0 ] || fail "strace saw no opens in the data folder (is the log right?)"
grep -E 'open(at)?\(' "$WORK/strace.data" | grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_APPEND' && fail "a data file was opened for writing"
grep -E 'creat\(|rename|unlink|mkdir' "$WORK/strace.data" && fail "the wall created, renamed or removed something in the data folder"
grep -E '(^|[^a-z_])flock\(' "$strace_log" && fail "the wall took a lock"
echo "ok: strace: $opens opens in the data folder, all O_RDONLY; no creat, rename, unlink, mkdir or flock"

# --- 3. The folder vanishes and comes back ---------------------------------------------
d=$(fresh_copy vanishing)
start "$BIN" wall --data "$d" --period $PERIOD --pages overview --rotate 0
wait_for "Rundor"
before=$(rounds_on_screen)
mv "$d" "$WORK/away"
wait_for "DATA SAKNAS" 5
wait_for "Datamappen går inte att läsa: $d" 2
wait_gone "Rundor" 2
mv "$WORK/away" "$d"
wait_gone "DATA SAKNAS" 5
wait_rounds "$before" 5 > /dev/null
echo "ok: folder moved away -> DATA SAKNAS -> moved back -> rounds $before again"
keys q
session_ended 5 || fail "wall did not quit after the folder came back"

# --- 4. Idle cost: CPU, bytes to the terminal, memory ----------------------------------
measure_idle() {  # measure_idle LABEL SECONDS: prints "ticks bytes rss_before rss_after"
    local pid log=$WORK/pty.$1 t0 t1 b0 b1 r0 r1
    pid=$(pane_pid)
    : > "$log"
    T pipe-pane -o -t e2e "cat >> '$log'"
    sleep 1.5
    t0=$(cpu_ticks "$pid"); b0=$(file_size "$log"); r0=$(rss_kb "$pid")
    sleep "$2"
    t1=$(cpu_ticks "$pid"); b1=$(file_size "$log"); r1=$(rss_kb "$pid")
    T pipe-pane -t e2e
    echo "$((t1 - t0)) $((b1 - b0)) $r0 $r1"
}
IDLE=${IDLE_SECONDS:-10}
hz=$(getconf CLK_TCK)

d=$(fresh_copy idle)
start "$BIN" wall --data "$d" --period $PERIOD --pages figures --rotate 0 --seconds
wait_for "Nyckeltal"
read -r ticks bytes _ _ <<< "$(measure_idle seconds "$IDLE")"
per_tick=$((bytes / IDLE))
cpu=$(awk -v t="$ticks" -v s="$IDLE" -v hz="$hz" 'BEGIN { printf "%.1f", t * 100 / (s * hz) }')
echo "idle with a seconds clock: $ticks CPU ticks in ${IDLE}s (${cpu} %), $bytes bytes to the terminal = $per_tick bytes per tick"
[ "$ticks" -lt $((IDLE * hz / 20)) ] || fail "idle CPU ${cpu} % (limit 5 %)"
[ "$per_tick" -lt 200 ] || fail "$per_tick bytes per clock tick (limit 200)"
[ "$per_tick" -gt 0 ] || fail "no bytes at all with a seconds clock: is the pipe working?"
keys q
session_ended 5 || fail "wall did not quit"

start "$BIN" wall --data "$d" --period $PERIOD --pages figures --rotate 0
wait_for "Nyckeltal"
read -r ticks bytes _ _ <<< "$(measure_idle minutes "$IDLE")"
echo "idle with a minutes clock: $ticks CPU ticks, $bytes bytes in ${IDLE}s (a minute change costs one small redraw)"
[ "$bytes" -lt 200 ] || fail "$bytes bytes in ${IDLE}s with nothing changing"
keys q
session_ended 5 || fail "wall did not quit"

# Weeks of polling packed into seconds: a look at the folder every 10 ms and a page
# change every second; resident memory stays flat.
start "$BIN" wall --data "$d" --period $PERIOD --rotate 1 --poll-ms 10
wait_for "Nyckeltal"
sleep 2
read -r ticks _ r0 r1 <<< "$(measure_idle polling "$IDLE")"
polls=$((IDLE * 100))
echo "memory over ~$polls polls and $IDLE page changes: RSS ${r0} kB -> ${r1} kB ($ticks CPU ticks)"
[ $((r1 - r0)) -lt 2048 ] || fail "RSS grew by $((r1 - r0)) kB"
keys q
session_ended 5 || fail "wall did not quit"

echo "ok: wall display journey"
