# The chair's journey on sample-data at 80x24: the panels show the numbers `summary`
# prints; move to the hot-spot panel, drill into the top hot spot, change the period,
# open help, record a measure with Swedish letters, quit, and find the terminal restored.
# Then the same screen under TERM=vt100 and with NO_COLOR.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)

summary() { "$BIN" summary --data "$d" --period "$1"; }
promise_figures() { summary "$1" | grep "\[$2\]" | grep -oE '[0-9]+/[0-9]+' | head -1; }
top_hotspot() {  # prints "name|incidents" of the first hot spot in summary's ranking
    summary "$1" | awk '/^Hot spots/{getline; getline; print; exit}' | python3 -c '
import sys
line = sys.stdin.read().rstrip("\n")
name = line[2:30].rstrip()
incidents = line[30:].split()[0].split("/")[0]
print(f"{name}|{incidents}")'
}

start "bash -c '$BIN --data $d --author chair@e2e; echo EXITED \$?; stty -a; sleep 60'"
wait_for "Fokusområden"
wait_for "2023 T3 sep–dec"
t3_rounds=$(promise_figures 2023-T3 rundor)
screen | grep -q " $t3_rounds " || fail "rounds promise $t3_rounds not on the dashboard"
IFS='|' read -r top_name top_incidents < <(top_hotspot 2023-T3)

# Move to the hot-spot panel (Tab until it has focus), select the top row, drill in.
for _ in 1 2 3; do screen | grep -q "▶ Hot spots" && break; keys Tab; sleep 0.1; done
wait_for "▶ Hot spots"
keys Home; sleep 0.1; keys Enter
wait_for "┌─ $top_name"
wait_for "Händelser i perioden: $top_incidents "
keys Escape
wait_for "▶ Hot spots"

# Previous period: T2, with T2's numbers.
keys Left
wait_for "2023 T2 maj–aug"
t2_rounds=$(promise_figures 2023-T2 rundor)
wait_for " $t2_rounds "

# Help lists the keys.
keys '?'
wait_for "Tangenter"
wait_for "föregående period"
keys Escape
wait_gone "Tangenter"

# Record a measure at the selected hot spot, typed with Swedish letters.
keys m
wait_for "Ny åtgärd"
type_text "Beskära buskage vid gångvägen – ÅÄÖ åäö"
keys Tab
type_text "Parkenheten Vaggeryd"
wait_for "Parkenheten Vaggeryd"
keys C-s
wait_for "Åtgärden är sparad"
grep -q '"what":"Beskära buskage vid gångvägen – ÅÄÖ åäö"' "$d/journal/chair@e2e.jsonl" || fail "measure not in the journal"
"$BIN" check --data "$d" > /dev/null || fail "check fails after the measure"

# Quit: the shell gets a sane terminal back.
keys q
wait_for "EXITED 0"
screen | grep -q "Fokusområden" && fail "dashboard left on screen after quitting"
stty_line=$(screen | tr '\n' ' ')
echo "$stty_line" | grep -qE "(^| )icanon( |$)" || fail "icanon not restored"
echo "$stty_line" | grep -qE "(^| )echo( |$)" || fail "echo not restored"
T kill-server

# Resizing relays out at once: below 80x24 a message, larger sizes show more.
# The measure just recorded is dated today, a year without a plan: the newest data now lies
# there, so the later starts name the sample's period.
start "$BIN --data $d --period 2023-T3"
wait_for "Fokusområden"
T resize-window -t e2e -x 60 -y 15
wait_for "Fönstret är för litet (60×15)"
T resize-window -t e2e -x 120 -y 40
wait_for "Genomfarten väg 152 "
T resize-window -t e2e -x 80 -y 24
wait_for "▶ Hot spots"
wait_gone "Fönstret är för litet"
keys q
session_ended || fail "did not quit after resizing"

# Other terminals, NO_COLOR: still a usable screen with the same numbers and marks.
for env in "TERM=vt100" "NO_COLOR=1" "TERM=xterm" "TERM=xterm-256color" "TERM=screen" "TERM=linux"; do
    start "env $env $BIN --data $d --period 2023-T3"
    wait_for "Fokusområden"
    wait_for "▶ Hot spots"
    wait_for " $t3_rounds "
    screen | grep -q "▸" || fail "no selection mark under $env"
    keys q
    session_ended || fail "did not quit under $env"
done
echo "ok: chair's journey (top hot spot $top_name, T3 rounds $t3_rounds, T2 rounds $t2_rounds)"
