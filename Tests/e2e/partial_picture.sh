# Never a silently partial picture: a colleague's journal that cannot be read (here a
# directory where the file should be, which even root cannot read as a file) is named by
# summary, report, export and effect on standard error with exit status 3 while they still
# print what they could read, and said in the dashboard's header (listed in ?) and on the wall.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)
mkdir "$d/journal/kollega@server.jsonl"
for args in "summary --period 2023-T3" "report --period 2023-T3" "export --kind rounds" "effect --period 2023-T3"; do
    "$BIN" $args --data "$d" > "$WORK/out.txt" 2> "$WORK/err.txt"; status=$?
    [ "$status" -eq 3 ] || { cat "$WORK/err.txt"; fail "$args exited $status, not 3"; }
    [ -s "$WORK/out.txt" ] || fail "$args printed nothing of what it could read"
    grep -q "journal/kollega@server.jsonl: fel: kan inte läsas: Is a directory" "$WORK/err.txt" || { cat "$WORK/err.txt"; fail "$args did not name the file"; }
    grep -q "bilden är ofullständig" "$WORK/err.txt" || fail "$args did not say the picture is incomplete"
done
start "$BIN --data $d --period 2023-T3"
wait_for "⚠ 1 fil oläslig (?)"
keys '?'
wait_for "journal/kollega@server.jsonl: fel: kan inte läsas"
keys Escape; keys q
session_ended 5 || fail "the dashboard did not quit"
start "$BIN wall --data $d --period 2023-T3 --rotate 1"
wait_for "⚠ 1 fil oläslig"
sleep 2.5
screen | head -1 | grep -q "⚠ 1 fil oläslig" || fail "the wall's next page does not say it"
keys q
echo "ok: partial picture"
