# Keys do not act on a form nobody can see: `lagesbild round` shrunk to 60x15 shows
# "Fönstret är för litet"; " X" and Ctrl-S there save nothing; back at 80x24 the form is as
# it was; q while small asks before throwing away what was typed.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)
journal="$d/journal/hidden@e2e.jsonl"
start "$BIN round --data $d --today 2023-12-20 --author hidden@e2e"
wait_for "Ny trygghetsrunda"
type_text "tor"; wait_for "Torget Vaggeryd · Vaggeryd"; keys Space
keys Tab; type_text "p1"; wait_for "= polis 1"
T resize-window -t e2e -x 60 -y 15
wait_for "Fönstret är för litet (60×15)"
keys Space; type_text "X"; keys C-s
sleep 0.5
[ ! -s "$journal" ] || fail "the hidden form was saved"
T has-session -t e2e 2>/dev/null || fail "the program ended while its form was hidden"
T resize-window -t e2e -x 80 -y 24
wait_for "Ny trygghetsrunda"
screen | grep -q " X" && fail "keys typed while hidden reached the form"
T resize-window -t e2e -x 60 -y 15
wait_for "Fönstret är för litet"
keys q
wait_for "Kasta det du skrivit?"
keys n
T resize-window -t e2e -x 80 -y 24
wait_for "= polis 1"
keys C-s
session_ended 5 || fail "the round form did not end after saving"
[ "$(wc -l < "$journal")" -eq 1 ] || fail "not exactly one round saved"
echo "ok: hidden form"
