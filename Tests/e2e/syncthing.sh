# A real sync engine between two machines' data folders: two Syncthing instances (each
# with its own home, GUI/API and sync port on 127.0.0.1, local and global discovery and
# relays off, a one-second rescan and the file watcher) share one folder. Writers on both
# sides append while it syncs; both sides end with identical summaries for every period
# and every event once; a wall on side B shows a round saved on side A within the sync
# time plus two seconds; a real conflict copy (the same writer's journal changed on both
# sides while they were apart) is read once by event id and named by `check`.
source "$(dirname "$0")/lib.sh"
command -v syncthing > /dev/null || fail "syncthing is missing: .ci/run installs it"
command -v curl > /dev/null || fail "curl is missing"
TODAY=2023-11-21
A="$WORK/a/data"; B="$WORK/b/data"
mkdir -p "$A" "$B"; cp -r "$ROOT/sample-data/." "$A/"; rm -rf "$A/cache"
mkdir -p "$A/.stfolder" "$B/.stfolder"   # Syncthing's folder markers
pids=()
st_cleanup() { for p in "${pids[@]}"; do kill "$p" 2> /dev/null; done; sleep 0.3; for p in "${pids[@]}"; do kill -9 "$p" 2> /dev/null; done; cleanup; }
trap st_cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
for side in a b; do
    STNODEFAULTFOLDER=1 syncthing generate --home "$WORK/$side/st" --no-default-folder > "$WORK/$side/generate.log" 2>&1 \
        || fail "syncthing generate failed: $(cat "$WORK/$side/generate.log")"
done
id_a=$(syncthing serve --home "$WORK/a/st" --device-id); id_b=$(syncthing serve --home "$WORK/b/st" --device-id)
gui_a=$(free_port); gui_b=$(free_port); sync_a=$(free_port); sync_b=$(free_port)
configure() {  # side, own id, own gui port, own sync port, folder, other id, other sync port
    python3 - "$WORK/$1/st/config.xml" "$2" "$3" "$4" "$5" "$6" "$7" "e2e-key-$1" <<'PY'
import sys, xml.etree.ElementTree as ET
path, me, gui, port, folder, other, other_port, key = sys.argv[1:]
tree = ET.parse(path); root = tree.getroot()
for f in root.findall("folder"): root.remove(f)
for d in root.findall("device"):
    if d.get("id") != me: root.remove(d)
g = root.find("gui"); g.set("enabled", "true"); g.find("address").text = f"127.0.0.1:{gui}"
(g.find("apikey") if g.find("apikey") is not None else ET.SubElement(g, "apikey")).text = key
o = root.find("options")
def opt(name, value):
    for e in o.findall(name): o.remove(e)
    ET.SubElement(o, name).text = value
opt("listenAddress", f"tcp://127.0.0.1:{port}")
for name, value in [("globalAnnounceEnabled", "false"), ("localAnnounceEnabled", "false"), ("relaysEnabled", "false"),
                    ("natEnabled", "false"), ("urAccepted", "-1"), ("autoUpgradeIntervalH", "0"),
                    ("crashReportingEnabled", "false"), ("startBrowser", "false"), ("reconnectionIntervalS", "1")]:
    opt(name, value)
d = ET.SubElement(root, "device", {"id": other, "name": "other", "compression": "metadata", "introducer": "false"})
ET.SubElement(d, "address").text = f"tcp://127.0.0.1:{other_port}"
f = ET.Element("folder", {"id": "lagesbild", "label": "lagesbild", "path": folder, "type": "sendreceive",
                          "rescanIntervalS": "1", "fsWatcherEnabled": "true", "fsWatcherDelayS": "1"})
ET.SubElement(f, "device", {"id": me}); ET.SubElement(f, "device", {"id": other})
# A folder written by hand gets zero for every setting it leaves out: 0 conflict copies
# would make Syncthing overwrite the losing side's changes instead of keeping them.
ET.SubElement(f, "maxConflicts").text = "10"
root.insert(0, f)
tree.write(path)
PY
}
configure a "$id_a" "$gui_a" "$sync_a" "$A" "$id_b" "$sync_b" || fail "could not configure side a"
configure b "$id_b" "$gui_b" "$sync_b" "$B" "$id_a" "$sync_a" || fail "could not configure side b"
serve() {
    STNODEFAULTFOLDER=1 syncthing serve --home "$WORK/$1/st" --no-browser --no-restart --no-upgrade \
        --logfile="$WORK/$1/st.log" > /dev/null 2>&1 &
    pids+=($!)
}
serve a; serve b
pid_b=${pids[1]}
api() { curl -s -m 5 -H "X-API-Key: e2e-key-$1" "http://127.0.0.1:$2$3" "${@:4}"; }
for i in $(seq 1 100); do
    api a "$gui_a" /rest/system/ping | grep -q pong && api b "$gui_b" /rest/system/ping | grep -q pong && break
    sleep 0.2
done
api b "$gui_b" /rest/system/ping | grep -q pong || fail "syncthing did not start: $(tail -5 "$WORK/b/st.log")"

journals() { (cd "$1/journal" 2> /dev/null && for f in $(ls | grep '\.jsonl$' | sort); do echo "$f $(sha256sum < "$f")"; done); }
# in_sync SECONDS: both sides hold the same journals, byte for byte.
in_sync() {
    local limit=$1 i=0
    while [ "$i" -lt $((limit * 10)) ]; do
        [ -n "$(journals "$B")" ] && [ "$(journals "$A")" = "$(journals "$B")" ] && return 0
        sleep 0.1; i=$((i + 1))
    done
    return 1
}
t0=$(date +%s.%N)
in_sync 120 || fail "the first sync did not finish: $(tail -5 "$WORK/b/st.log")"
echo "first sync of the sample: $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s"

# Writers on both sides while it syncs.
for k in 1 2 3 4 5; do
    "$BIN" add round --data "$A" --today $TODAY --author a@e2e --date 2023-11-1$k --hotspot vgd-torget --participants polis=1 > /dev/null || fail "add round on A"
    "$BIN" add incident --data "$B" --today $TODAY --author b@e2e --date 2023-11-1$k --hotspot hok-centrum --category klotter --source kommun > /dev/null || fail "add incident on B"
    sleep 0.3
done
in_sync 60 || fail "the writers' journals did not sync"
for p in 2022 2023 2023-T1 2023-T2 2023-T3; do
    [ "$("$BIN" summary --data "$A" --period $p --today $TODAY)" = "$("$BIN" summary --data "$B" --period $p --today $TODAY)" ] \
        || fail "summary $p differs between the sides"
done
once() {  # the number of events and of distinct event ids in a side's journals
    python3 -c "
import glob, json, sys
ids = [json.loads(l)['id'] for f in glob.glob('$1/journal/*.jsonl') for l in open(f) if l.endswith('\n')]
print(len(ids), len(set(ids)))"
}
read n u < <(once "$B"); [ "$n" = "$u" ] || fail "side B holds an event twice ($n lines, $u ids)"
grep -c '"a@e2e"' "$B"/journal/a@e2e.jsonl | grep -qx 5 || fail "side B lacks A's rounds"

# The wall on B sees a round saved on A within the sync time plus two seconds.
start "$BIN wall --data $B --today $TODAY --period 2023-T3 --pages overview --rotate 0"
wait_for "Rundor"
before=$(screen | grep -oE "Rundor +[0-9]+/" | grep -oE "[0-9]+" | head -1)
saved=$(date +%s.%N)
id=$("$BIN" add round --data "$A" --today $TODAY --author a@e2e --date 2023-11-20 --hotspot vgd-fenix --participants kommun=2) || fail "add on A"
for i in $(seq 1 600); do grep -q "$id" "$B/journal/a@e2e.jsonl" 2> /dev/null && break; sleep 0.05; done
synced=$(date +%s.%N)
grep -q "$id" "$B/journal/a@e2e.jsonl" || fail "the round did not reach B in 30 s"
now=$before
for i in $(seq 1 60); do
    now=$(screen | grep -oE "Rundor +[0-9]+/" | grep -oE "[0-9]+" | head -1)
    [ "$now" = $((before + 1)) ] && break
    sleep 0.05
done
shown=$(date +%s.%N)
[ "$now" = $((before + 1)) ] || fail "the wall still shows $now rounds 3 s after the sync"
echo "round saved on A: on B's disk after $(python3 -c "print(round($synced - $saved, 2))") s, on B's wall after $(python3 -c "print(round($shown - $saved, 2))") s"
python3 -c "import sys; sys.exit(0 if $shown - $synced <= 2.0 else 1)" || fail "the wall took more than 2 s after the sync"
keys q
session_ended 5 || fail "the wall did not quit"

# A real conflict: the same writer's journal changed on both sides while they were apart.
"$BIN" add round --data "$A" --today $TODAY --author same@e2e --date 2023-11-01 --hotspot vgd-torget --participants polis=1 > /dev/null
in_sync 60 || fail "same@e2e's journal did not sync"
# Side B goes offline (a laptop closed), both sides write, B comes back.
api b "$gui_b" /rest/system/shutdown -X POST > /dev/null
wait "$pid_b" 2> /dev/null
"$BIN" add round --data "$A" --today $TODAY --author same@e2e --date 2023-11-02 --hotspot vgd-torget --participants polis=1 > /dev/null
# A's Syncthing has scanned its change before B is back: two versions, neither newer.
for i in $(seq 1 100); do
    api a "$gui_a" "/rest/db/file?folder=lagesbild&file=journal/same@e2e.jsonl" | grep -q '"size": 622' && break; sleep 0.1
done
"$BIN" add round --data "$B" --today $TODAY --author same@e2e --date 2023-11-03 --hotspot vgd-torget --participants polis=1 > /dev/null
serve b
for i in $(seq 1 300); do ls "$A/journal" "$B/journal" | grep -q "sync-conflict" && in_sync 1 && break; sleep 0.2; done
ls "$B/journal" | grep -q "same@e2e.sync-conflict-" || fail "no conflict copy was made: $(ls "$A/journal" "$B/journal")"
in_sync 60 || fail "the conflict copy did not sync"
for side in "$A" "$B"; do
    out=$("$BIN" check --data "$side" --today $TODAY 2>&1)
    grep -q "journal/same@e2e.sync-conflict-.*konfliktkopia" <<< "$out" || fail "check does not name the conflict copy on $side"
done
[ "$("$BIN" summary --data "$A" --period 2023-T3 --today $TODAY)" = "$("$BIN" summary --data "$B" --period 2023-T3 --today $TODAY)" ] \
    || fail "the sides differ after the conflict"
# Each of same@e2e's three rounds once, on both sides, whichever file holds it.
for side in "$A" "$B"; do
    n=$("$BIN" export --data "$side" --kind round --today $TODAY | grep -cE ",2023-11-0[123],,,vgd-torget,1,")
    [ "$n" = 3 ] || fail "same@e2e's three rounds are counted $n times on $side"
done
echo "syncthing: ok"
