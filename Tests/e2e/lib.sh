# Helpers for the end-to-end journeys: a private tmux server, waiting on screen text
# instead of fixed sleeps, and a screen dump when a step fails.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${BIN:-$ROOT/.build/debug/lagesbild}
export TMUX_TMPDIR=$(mktemp -d)
SOCK="lagesbild-e2e-$$-0"
STARTS=0
WORK=$(mktemp -d)
TMUX_CONF="$WORK/tmux.conf"
: > "$TMUX_CONF"

T() { tmux -L "$SOCK" -f "$TMUX_CONF" "$@"; }

cleanup() {
    for n in $(seq 0 "$STARTS"); do tmux -L "lagesbild-e2e-$$-$n" kill-server >/dev/null 2>&1 || true; done
    chmod -R u+w "$WORK" 2>/dev/null || true
    rm -rf "$WORK" "$TMUX_TMPDIR"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*"
    echo "--- screen:"
    T capture-pane -p -t e2e 2>/dev/null || true
    exit 1
}

# start CMD... : runs the command in a detached 80x24 session (size overridable by COLS/ROWS).
start() {
    local tries=0
    while :; do
        # A fresh server (socket) each time: right after kill-server the old one may still be
        # going away, and a new client that reaches it gets "server exited unexpectedly".
        STARTS=$((STARTS + 1))
        SOCK="lagesbild-e2e-$$-$STARTS"
        # Still there a moment later: every journey's program runs for seconds at least.
        T new-session -d -s e2e -x "${COLS:-80}" -y "${ROWS:-24}" "cd '$WORK' && exec env LANG=C.UTF-8 $*" &&
            sleep 0.3 && T has-session -t e2e 2>/dev/null && return 0
        tries=$((tries + 1))
        [ "$tries" -ge 3 ] && fail "could not start the tmux session for: $*"
        T kill-server > /dev/null 2>&1
        sleep 0.5
    done
}

screen() { T capture-pane -p -t e2e; }

# wait_for TEXT [SECONDS]: polls the screen until TEXT appears.
wait_for() {
    local text=$1 limit=${2:-10} i=0
    while [ "$i" -lt $((limit * 20)) ]; do
        screen 2>/dev/null | grep -qF -- "$text" && return 0
        sleep 0.05
        i=$((i + 1))
    done
    fail "did not see '$text' within ${limit}s"
}

# wait_gone TEXT [SECONDS]: polls until TEXT is no longer on screen.
wait_gone() {
    local text=$1 limit=${2:-10} i=0
    while [ "$i" -lt $((limit * 20)) ]; do
        screen 2>/dev/null | grep -qF -- "$text" || return 0
        sleep 0.05
        i=$((i + 1))
    done
    fail "'$text' still on screen after ${limit}s"
}

keys() { T send-keys -t e2e "$@"; }
type_text() { T send-keys -t e2e -l "$1"; }

# session_ended [SECONDS]: true once the program has exited and the session is gone.
session_ended() {
    local limit=${1:-5} i=0
    while [ "$i" -lt $((limit * 20)) ]; do
        T has-session -t e2e 2>/dev/null || return 0
        sleep 0.05
        i=$((i + 1))
    done
    return 1
}

copy_sample() {
    cp -r "$ROOT/sample-data" "$WORK/data"
    echo "$WORK/data"
}
