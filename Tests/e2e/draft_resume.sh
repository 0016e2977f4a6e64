# Nothing typed is lost: a round form killed mid-entry (the terminal closed → SIGHUP, or
# kill -TERM) leaves its draft in drafts/; the next start offers it, resumes it with every
# field as typed, and a save writes the round and removes the draft.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)
TODAY=2023-12-20
journal="$d/journal/officer@e2e.jsonl"

type_round() {  # $1: the note
    wait_for "Platser:"
    type_text "fenix"; wait_for "Fenix kulturhus · Vaggeryd"; keys Enter
    keys Tab; type_text "nattv=3"; wait_for "= nattvandrare 3"
    keys Tab Tab; type_text "$1"; wait_for "$1"
}

# 1. The dashboard's form, and the terminal goes away: tmux kill-session sends SIGHUP.
start "$BIN --data $d --today $TODAY --author officer@e2e"
wait_for "Aktiviteter"
keys n
type_round "Skräp vid Fenix, män på bänken"
sleep 0.3
T kill-session -t e2e
sleep 0.5
drafts=$(ls "$d/drafts"/*.json 2>/dev/null | wc -l)
[ "$drafts" -eq 1 ] || fail "expected one draft after SIGHUP, found $drafts"
grep -q "män på bänken" "$d"/drafts/*.json || fail "the draft lacks the last typed text"
[ ! -s "$journal" ] || fail "something was written to the journal"

# The next start offers the draft; Enter resumes it whole; Ctrl-S saves it.
start "$BIN --data $d --today $TODAY --author officer@e2e"
wait_for "Ett osparat utkast finns"
wait_for "Fenix kulturhus"
keys Enter
wait_for "Skräp vid Fenix, män på bänken"
wait_for "= nattvandrare 3"
keys C-s
wait_for "Rundan är sparad"
[ "$(wc -l < "$journal")" -eq 1 ] || fail "the resumed round was not written once"
grep -q "män på bänken" "$journal" || fail "the resumed round lost its notes"
[ -z "$(ls "$d/drafts")" ] || fail "the draft stayed after the save"
keys q
session_ended || fail "q did not quit"

# 2. lagesbild round on its own, ended with kill -TERM.
start "$BIN round --data $d --today $TODAY --author officer@e2e"
wait_for "Ny trygghetsrunda"
type_round "Lugnt, mörkt vid ingången"
sleep 0.3
pid=$(T list-panes -t e2e -F '#{pane_pid}')
kill -TERM "$pid"
session_ended || fail "SIGTERM did not end the form"
grep -q "mörkt vid ingången" "$d"/drafts/*.json || fail "no draft after SIGTERM"

start "$BIN round --data $d --today $TODAY --author officer@e2e"
wait_for "Ett osparat utkast finns"
keys j
wait_for "Lugnt, mörkt vid ingången"
keys F2
session_ended || fail "lagesbild round did not finish after the save"
[ "$(wc -l < "$journal")" -eq 2 ] || fail "the second round was not written"
[ -z "$(ls "$d/drafts")" ] || fail "the draft stayed after the save"
"$BIN" check --data "$d" --today "$TODAY" > /dev/null || fail "check fails after the resumed saves"
echo "ok: drafts survive SIGHUP and SIGTERM and resume"
