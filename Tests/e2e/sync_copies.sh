# Two copies of a data folder get new events independently; copying the journal files
# across both ways, as a file-sync tool would, gives both the same situation picture.
source "$(dirname "$0")/lib.sh"
a="$WORK/a"; b="$WORK/b"
cp -r "$ROOT/sample-data" "$a"; cp -r "$ROOT/sample-data" "$b"
"$BIN" stress-append --data "$a" --count 40 --writer anna@kontoret > /dev/null || fail "append to a"
"$BIN" stress-append --data "$b" --count 25 --writer bengt@polisen > /dev/null || fail "append to b"
# The sample's writers go on writing in each copy too (their files now differ per copy,
# which a sync tool resolves by taking the longer, appended version).
"$BIN" stress-append --data "$a" --count 5 --writer est.ordforande@vaggeryd > /dev/null || fail "append to a's chair"
before=$("$BIN" summary --data "$a" --period 2023-T2)
[ "$before" != "$("$BIN" summary --data "$b" --period 2023-T2)" ] || fail "the copies should differ before syncing"

sync_into() {  # sync_into FROM TO: copy each journal over when it is new or longer
    for f in "$1"/journal/*.jsonl; do
        t="$2/journal/$(basename "$f")"
        if [ ! -f "$t" ] || [ "$(stat -c %s "$f")" -gt "$(stat -c %s "$t")" ]; then cp "$f" "$t"; fi
    done
}
sync_into "$a" "$b"
sync_into "$b" "$a"
for p in 2023 2023-T1 2023-T2 2023-T3 2023-W19; do
    diff <("$BIN" summary --data "$a" --period $p) <("$BIN" summary --data "$b" --period $p) > "$WORK/diff" \
        || { cat "$WORK/diff"; fail "summaries differ for $p after syncing"; }
done
"$BIN" check --data "$a" > /dev/null && "$BIN" check --data "$b" > /dev/null || fail "check fails after syncing"
# Syncing again (the same files once more) changes nothing.
sync_into "$a" "$b"
diff <("$BIN" summary --data "$a" --period 2023) <("$BIN" summary --data "$b" --period 2023) > /dev/null || fail "second sync changed the picture"
echo "ok: both copies agree after syncing journals both ways"
