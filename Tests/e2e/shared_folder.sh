# A data folder shared on a Linux server: init --shared makes it 2770 for a group; a journal
# written there by one member is 0660 with the folder's group and is read by another member;
# a user outside the group cannot read the folder at all; a private folder stays 0700/0600.
# Creates three users and a group for the test and removes them again.
source "$(dirname "$0")/lib.sh"
[ "$(id -u)" -eq 0 ] || { echo "skipped: needs root to create users"; exit 0; }
g=lbest$$; users="lba$$ lbb$$ lbx$$"
cleanup_users() { for u in $users; do userdel "$u" >/dev/null 2>&1; done; groupdel "$g" >/dev/null 2>&1; }
trap 'cleanup_users; cleanup' EXIT
groupadd "$g" || fail "groupadd failed"
useradd -M -N -G "$g" "lba$$" && useradd -M -N -G "$g" "lbb$$" && useradd -M -N "lbx$$" || fail "useradd failed"
bin="$WORK/bin"; mkdir -p "$bin"; cp "$BIN" "$bin/lagesbild"; chmod 755 "$WORK" "$bin" "$bin/lagesbild"
d="$WORK/est"
"$BIN" init --shared "$g" --year 2023 "$d" > /dev/null || fail "init --shared failed"
[ "$(stat -c '%a %G' "$d")" = "2770 $g" ] || fail "the folder is $(stat -c '%a %G' "$d"), not 2770 $g"
[ "$(stat -c '%a %G' "$d/journal")" = "2770 $g" ] || fail "journal/ is $(stat -c '%a %G' "$d/journal")"
[ "$(stat -c '%a %G' "$d/plans/2023.yaml")" = "660 $g" ] || fail "the plan is $(stat -c '%a %G' "$d/plans/2023.yaml")"
as() { local u=$1; shift; runuser -u "$u" -- env HOME=/tmp "$bin/lagesbild" "$@"; }
as "lba$$" add round --data "$d" --author "anna@server" --today 2023-06-01 --date 2023-05-20 --start 19:00 --end 21:00 \
    --hotspot vgd-resecentrum --participants polis=2 > /dev/null || fail "member a could not add a round"
j="$d/journal/anna@server.jsonl"
[ "$(stat -c '%a %G %U' "$j")" = "660 $g lba$$" ] || fail "the journal is $(stat -c '%a %G %U' "$j")"
as "lbb$$" summary --data "$d" --period 2023-T2 --today 2023-06-01 > "$WORK/b.txt" 2> "$WORK/b.err" || { cat "$WORK/b.err"; fail "member b could not read the folder"; }
grep -qE " 1/[0-9]+ .*\[rundor\]" "$WORK/b.txt" || { cat "$WORK/b.txt"; fail "member b does not count a's round"; }
as "lbb$$" add round --data "$d" --author "bo@server" --today 2023-06-01 --date 2023-05-21 --start 19:00 --end 21:00 \
    --hotspot vgd-resecentrum --participants kommun=1 > /dev/null || fail "member b could not add a round beside a's"
as "lba$$" summary --data "$d" --period 2023-T2 --today 2023-06-01 | grep -qE " 2/[0-9]+ .*\[rundor\]" || fail "a does not count b's round"
as "lbx$$" summary --data "$d" --period 2023-T2 --today 2023-06-01 > /dev/null 2>&1 && fail "a user outside the group read the folder"
# A private folder stays private.
p="$WORK/private"; "$BIN" init --year 2023 "$p" > /dev/null
"$BIN" add round --data "$p" --author me@here --today 2023-06-01 --date 2023-05-20 --hotspot vgd-resecentrum --participants polis=1 > /dev/null
[ "$(stat -c '%a' "$p")" = 700 ] && [ "$(stat -c '%a' "$p/journal/me@here.jsonl")" = 600 ] || fail "a private folder was opened up"
"$BIN" init --shared nosuchgroup$$ "$WORK/x" > /dev/null 2> "$WORK/x.err" && fail "an unknown group was accepted"
grep -q "finns inte" "$WORK/x.err" || fail "no word that the group does not exist"
echo "ok: shared folder"
