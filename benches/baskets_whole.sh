#!/bin/sh
# Baskets, the whole process (issue 22): `clientele basket` and `clientele recommend` run as
# the shop runs them (open the database, read the sale lines, group them into orders, mine,
# write), timed with /usr/bin/time (elapsed and peak resident memory), next to mlxtend's
# whole process on the same baskets in the same sitting.
#
#   cargo build --release
#   CLIENTELE_PYTHON=/path/to/python-with-mlxtend sh benches/baskets_whole.sh [DEMO_DB]
#
# 1. Weka's supermarket receipts (tests/data/supermarket_*.txt, 4 627 baskets, 18.5
#    departments each): one order per receipt, imported as sales, support 0.10,
#    confidence 0.8, three runs.
# 2. DEMO_DB, when given: a demo shop (e.g. `clientele demo --customers 100000`), support
#    0.01 and confidence 0.5 (the defaults), and `recommend` at support 0.005, confidence 0.1.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
bin="$here/target/release/clientele"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timed() { /usr/bin/time -f "%e s elapsed, %M KB peak" "$@"; }

python3 - "$here/tests/data" "$work/supermarket.csv" <<'PY'
import sys
data, out = sys.argv[1], sys.argv[2]
names = [l.rstrip("\n") for l in open(f"{data}/supermarket_departments.txt", encoding="utf-8")]
with open(out, "w", encoding="utf-8") as f:
    f.write("order,customer,date,product,amount\n")
    for i, line in enumerate(open(f"{data}/supermarket_baskets.txt")):
        for j in line.split():
            name = names[int(j)].replace('"', '""')
            f.write(f'R{i},C{i},2025-01-01,"{name}",1.00\n')
PY
db="$work/supermarket.sqlite"
"$bin" --db "$db" import sales "$work/supermarket.csv" > /dev/null
echo "supermarket, clientele basket --min-support 0.1 --min-confidence 0.8 (whole process):"
for run in 1 2 3; do
    timed "$bin" --db "$db" basket --min-support 0.1 --min-confidence 0.8 --json
done
if [ -n "${CLIENTELE_PYTHON:-}" ]; then
    echo "supermarket, mlxtend (whole process: python start, read, one-hot, fpgrowth, rules):"
    for run in 1 2 3; do
        timed "$CLIENTELE_PYTHON" "$here/benches/baskets_mlxtend.py" \
            "$here/tests/data/supermarket_baskets.txt" 0.1 0.8
    done
fi
if [ -n "${1:-}" ]; then
    echo "demo shop $1:"
    "$bin" --db "$1" stats --json
    for run in 1 2 3; do
        timed "$bin" --db "$1" basket --json
    done
    timed "$bin" --db "$1" recommend --min-support 0.005 --min-confidence 0.1 --out "$work/next.csv"
    wc -l "$work/next.csv"
fi
