# Saving a form when the disk is full or the folder is read-only: a clear error, the
# form and its draft stay, nothing half-written is left behind; once the disk has room
# the draft is offered again and saves.
source "$(dirname "$0")/lib.sh"
d=$(copy_sample)
journal="$d/journal/polis.lpo@vaggeryd.jsonl"
before=$(md5sum "$d"/journal/*.jsonl)

fill_round() {
    wait_for "Ny trygghetsrunda"
    type_text "tor"; keys Space; type_text "res"; keys Enter; keys Tab
    type_text "p2 k1"; keys Tab; type_text "135"; keys Tab
    type_text "Lugnt på torget, ÅÄÖ åäö"
    wait_for "Lugnt på torget, ÅÄÖ åäö"
}

# A full disk: the journal may not grow past 80 KiB (it is already larger), so the append
# fails with EFBIG, as it would with ENOSPC; the small draft still fits.
start "bash -c 'trap \"\" XFSZ; ulimit -f 80; $BIN round --data $d --author polis.lpo@vaggeryd --today 2023-11-21; echo EXITED \$?; sleep 60'"
fill_round
keys C-s
wait_for "disken är full"
screen | grep -q "Lugnt på torget, ÅÄÖ åäö" || fail "typed text lost after the failed save"
[ "$(md5sum "$d"/journal/*.jsonl)" = "$before" ] || fail "a journal changed although the save failed"
ls "$d"/drafts/*.json > /dev/null 2>&1 || fail "no draft kept after the failed save"
[ -z "$(find "$d" -name '*.tmp*')" ] || fail "temporary files left behind"
T kill-server

# The disk has room again: the next start offers the draft, and it saves.
start "$BIN round --data $d --author polis.lpo@vaggeryd --today 2023-11-21"
wait_for "utkast"
keys j
wait_for "Lugnt på torget, ÅÄÖ åäö"
keys C-s
session_ended 10 || fail "round not saved from the resumed draft"
[ "$(grep -c 'Lugnt på torget, ÅÄÖ åäö' "$journal")" -eq 1 ] || fail "the resumed round is not in the journal once"
[ -z "$(ls "$d"/drafts/ 2>/dev/null)" ] || fail "draft left after saving"

# A read-only folder, as a user who cannot write it.
if command -v runuser > /dev/null; then
    ro="$WORK/ro"; cp -r "$ROOT/sample-data" "$ro"
    rmdir "$ro/drafts" "$ro/minutes" 2>/dev/null   # as in a fresh clone: no empty folders
    cp "$BIN" "$WORK/lagesbild-ro"
    chmod 755 "$WORK" "$WORK/lagesbild-ro"
    chmod -R a+rX,a-w "$ro"
    ro_before=$(find "$ro" -printf '%p %T@ %s\n' | sort)
    start "runuser -u nobody -- env LANG=C.UTF-8 HOME=/tmp $WORK/lagesbild-ro round --data $ro --author nobody@e2e --today 2023-11-21"
    fill_round
    keys C-s
    wait_for "skrivskyddad"
    screen | grep -q "Lugnt på torget, ÅÄÖ åäö" || fail "typed text lost in the read-only folder"
    [ "$(find "$ro" -printf '%p %T@ %s\n' | sort)" = "$ro_before" ] || fail "the read-only folder changed"
    # The terminal goes away while runuser sits between it and the form (no SIGHUP reaches
    # the program): it must notice and end, not spin on a dead terminal.
    T kill-server
    for _ in $(seq 1 40); do pgrep -f "$WORK/lagesbild-ro" > /dev/null || break; sleep 0.1; done
    if pgrep -f "$WORK/lagesbild-ro" > /dev/null; then pkill -f "$WORK/lagesbild-ro"; fail "the form kept running after its terminal closed"; fi
    echo "ok: read-only folder refused with the form kept"
else
    echo "note: runuser missing; read-only case not run"
fi
echo "ok: full disk and read-only folder while saving"
