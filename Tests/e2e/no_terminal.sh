# No terminal: the dashboard, the wall, the meeting and the round form started with input
# from /dev/null or output to a file say so in the user's language and stop within a second,
# writing no screen codes; without TERM and with TERM=dumb (in a real terminal) they say why,
# in Swedish or in English.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)

for cmd in "" "wall" "meeting" "round"; do
    start_ns=$(date +%s%N)
    timeout 5 "$BIN" $cmd --data "$d" < /dev/null > "$WORK/out.txt" 2> "$WORK/err.txt"; status=$?
    elapsed_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
    [ "$status" -ne 0 ] && [ "$status" -ne 124 ] || fail "'$cmd' without a terminal exited $status"
    [ "$elapsed_ms" -lt 1000 ] || fail "'$cmd' without a terminal took ${elapsed_ms} ms"
    [ ! -s "$WORK/out.txt" ] || fail "'$cmd' without a terminal wrote to standard output"
    grep -q "ingen terminal" "$WORK/err.txt" || { cat "$WORK/err.txt"; fail "'$cmd' did not say there is no terminal"; }
done
# Output to a file only (input still a terminal would be the same): the English words.
timeout 5 "$BIN" --data "$d" --lang en < /dev/null > "$WORK/out.txt" 2> "$WORK/err.txt"
grep -q "no terminal" "$WORK/err.txt" || { cat "$WORK/err.txt"; fail "no English no-terminal message"; }

# In a terminal, without TERM and with TERM=dumb: why, in the UI language.
start "bash -c 'env -u TERM $BIN --data $d; echo EXITED \$?; sleep 20'"
wait_for "TERM är inte satt"
wait_for "EXITED 1"
T kill-server
start "bash -c 'TERM=dumb $BIN --data $d; echo EXITED \$?; sleep 20'"
wait_for "kan inte flytta markören"
wait_for "EXITED 1"
T kill-server
start "bash -c 'TERM=dumb $BIN --data $d --lang en; echo EXITED \$?; sleep 20'"
wait_for "cannot position the cursor"
wait_for "EXITED 1"
echo "ok: no terminal"
