"""Reference itemsets and rules for baskets_small.csv, by mlxtend.

baskets_small.csv is ten orders of six customers, written by hand so that every figure can
also be checked on paper (an order with a product twice, rules exactly at the 0.5
confidence threshold, a product in a single order). This script groups its lines by order
(an item counts once per order), runs mlxtend's fpgrowth (min_support 0.2) and
association_rules (confidence >= 0.5), and writes beside itself:

  baskets_small_itemsets_mlxtend.csv  itemset,count,support
  baskets_small_rules_mlxtend.csv     antecedents,consequents,count,support,confidence,lift,
                                      leverage,conviction

Items of a set are sorted and joined by " | "; counts are round(support x orders). Run once
in a throwaway environment:

  python3 -m venv /tmp/venv-mx && /tmp/venv-mx/bin/pip install mlxtend pandas
  /tmp/venv-mx/bin/python baskets_small_mlxtend.py
"""

import csv
import os

import mlxtend
import pandas as pd
from mlxtend.frequent_patterns import association_rules, fpgrowth

MIN_SUPPORT = 0.2
MIN_CONFIDENCE = 0.5
HERE = os.path.dirname(os.path.abspath(__file__))


def label(items):
    return " | ".join(sorted(items))


def main():
    orders = {}
    with open(os.path.join(HERE, "baskets_small.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            orders.setdefault(row["order"], set()).add(row["product"])
    items = sorted({i for basket in orders.values() for i in basket})
    frame = pd.DataFrame([[i in b for i in items] for b in orders.values()], columns=items)
    n = len(frame)
    itemsets = fpgrowth(frame, min_support=MIN_SUPPORT, use_colnames=True)
    with open(os.path.join(HERE, "baskets_small_itemsets_mlxtend.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["itemset", "count", "support"])
        for _, r in itemsets.iterrows():
            w.writerow([label(r["itemsets"]), round(r["support"] * n), repr(r["support"])])
    rules = association_rules(itemsets, metric="confidence", min_threshold=MIN_CONFIDENCE)
    with open(os.path.join(HERE, "baskets_small_rules_mlxtend.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["antecedents", "consequents", "count", "support", "confidence", "lift",
                    "leverage", "conviction"])
        for _, r in rules.iterrows():
            w.writerow([label(r["antecedents"]), label(r["consequents"]),
                        round(r["support"] * n), repr(r["support"]), repr(r["confidence"]),
                        repr(r["lift"]), repr(r["leverage"]), repr(r["conviction"])])
    print(f"mlxtend {mlxtend.__version__}: {n} orders, {len(itemsets)} itemsets, {len(rules)} rules")


if __name__ == "__main__":
    main()
