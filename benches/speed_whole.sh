#!/bin/sh
# The whole process of the slower analyses on one demo shop, two binaries side by side
# (issues 21, 22, 23, 24 and 29): each command runs RUNS times, the binaries alternating,
# timed with /usr/bin/time (wall, user and system CPU, peak resident memory), with the
# machine's load average before each round; then every output of the two binaries is
# compared byte for byte (the campaigns' members and left-out customers through sqlite3).
#
#   clientele --db shop.sqlite demo --customers 100000
#   sh benches/speed_whole.sh BEFORE_BIN AFTER_BIN shop.sqlite [RUNS]
#
# Each binary works on its own copy of the shop (a newer binary may upgrade the file).
# The campaign commands create a campaign per run in that copy. Timings go to standard
# output as `label binary wall user sys peak_kb`, one line a run.
set -eu
before=$1
after=$2
shop=$3
runs=${4:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$shop" "$work/before.sqlite"
cp "$shop" "$work/after.sqlite"
# Each binary opens its copy once first (a migration is not part of any timing).
"$before" --db "$work/before.sqlite" stats > /dev/null
"$after" --db "$work/after.sqlite" stats > /dev/null

# run LABEL SIDE ARGS...: one timed run; its standard output is kept for the comparison.
run() {
    label=$1
    side=$2
    shift 2
    if [ "$side" = before ]; then bin=$before; else bin=$after; fi
    out="$work/$side.$label.out"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
        "$bin" --db "$work/$side.sqlite" "$@" > "$out" 2> "$work/$side.$label.err"
    echo "$label $side $(cat "$work/time")"
}

# every SIDE ROUND: each timed command once.
every() {
    side=$1
    round=$2
    run cohorts "$side" cohorts --out "$work/$side.cohorts.csv"
    run channels "$side" channels --json
    # Again with nothing changed: a build that keeps the predictions reads them.
    run channels-again "$side" channels --json
    run basket "$side" basket --json
    run feedback "$side" feedback --json
    run feedback-terms "$side" feedback terms
    stage "$side" active "$round"
}

# stage SIDE STAGE ROUND: a campaign on a lifecycle stage; its members and left-out
# customers are kept for the comparison.
stage() {
    side=$1
    name="stage-$(echo "$2" | tr ' ' '-')-$3"
    run "create-$(echo "$2" | tr ' ' '-')" "$side" campaign create "$name" \
        --target "stage:$2" --channel email --start 2026-11-01 --seed 1 --json
    sqlite3 "$work/$side.sqlite" "SELECT m.customer_id, m.member_of, m.segment
        FROM campaign_member AS m JOIN campaign AS c ON c.id = m.campaign_id
        WHERE c.name = '$name' ORDER BY m.customer_id;
        SELECT l.customer_id, l.reason
        FROM campaign_left_out AS l JOIN campaign AS c ON c.id = l.campaign_id
        WHERE c.name = '$name' ORDER BY l.customer_id" > "$work/$side.$name.members"
}

i=1
while [ "$i" -le "$runs" ]; do
    echo "# round $i: $(uptime)"
    every before "$i"
    every after "$i"
    i=$((i + 1))
done

# Once each, for the comparison only.
for side in before after; do
    run cohorts-quarter "$side" cohorts --step quarter --as-of 2025-06-15 --out "$work/$side.cohorts-q.csv"
    run channels-text "$side" channels
    run channels-as-of "$side" channels --json --as-of 2025-06-15
    run feedback-tier "$side" feedback --by tier --json
    run feedback-stage "$side" feedback --by stage --json
    run basket-category "$side" basket --by category --json
    run predict-bgnbd "$side" predict --model bgnbd --out "$work/$side.bgnbd.csv"
    run predict-auto "$side" predict --model auto --out "$work/$side.auto.csv"
    for s in lapsed new "at risk"; do
        stage "$side" "$s" 0
    done
done

echo "# outputs compared (standard output and files):"
status=0
for f in "$work"/before.*; do
    case $f in *.sqlite | *.sqlite-* | *.err) continue ;; esac
    other="$work/after.${f#"$work"/before.}"
    # A command that names the file it wrote names each side's own.
    if sed "s#$work/before\.#$work/after.#g" "$f" | cmp -s - "$other"; then
        echo "same: ${f#"$work"/before.}"
    else
        echo "DIFFERENT: ${f#"$work"/before.}"
        status=1
    fi
done
exit $status
