"""Reference itemsets and rules for the Weka supermarket baskets, by mlxtend.

Reads Weka's supermarket.arff (Debian package `weka` 3.6.14-3,
/usr/share/doc/weka/examples/supermarket.arff), writes the baskets in a compact form and
mlxtend's frequent itemsets and association rules beside this script:

  supermarket_departments.txt      the 216 department names, in the file's column order
  supermarket_baskets.txt          one basket a line: 0-based department numbers, space-separated
  supermarket_itemsets_mlxtend.csv itemset,count,support        (fpgrowth, min_support 0.10)
  supermarket_rules_mlxtend.csv    antecedents,consequents,count,support,confidence,lift,
                                   leverage,conviction            (association_rules, confidence >= 0.8)

The last column of the file (`total`, high or low spending) is a class, not a department, and
is left out. Items of a set are sorted by name and joined by " | "; counts are
round(support x baskets). Run once in a throwaway environment:

  python3 -m venv /tmp/venv-mx && /tmp/venv-mx/bin/pip install mlxtend==0.25.0 pandas
  /tmp/venv-mx/bin/python supermarket_mlxtend.py /path/to/supermarket.arff
"""

import csv
import os
import sys
import time

import numpy as np
import pandas as pd
from mlxtend.frequent_patterns import association_rules, fpgrowth

MIN_SUPPORT = 0.10
MIN_CONFIDENCE = 0.8
HERE = os.path.dirname(os.path.abspath(__file__))


def read_arff(path):
    names, rows, data = [], [], False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if data:
                rows.append(line.split(","))
            elif line.lower().startswith("@attribute"):
                names.append(line.split("'")[1] if "'" in line else line.split()[1])
            elif line.lower() == "@data":
                data = True
    departments = names[:-1]  # the last attribute is `total`, a class
    baskets = [[j for j, v in enumerate(r[: len(departments)]) if v == "t"] for r in rows]
    return departments, baskets


def label(items):
    return " | ".join(sorted(items))


def main():
    departments, baskets = read_arff(sys.argv[1])
    n = len(baskets)
    with open(os.path.join(HERE, "supermarket_departments.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(departments) + "\n")
    with open(os.path.join(HERE, "supermarket_baskets.txt"), "w", encoding="utf-8") as f:
        for b in baskets:
            f.write(" ".join(str(j) for j in b) + "\n")

    t0 = time.perf_counter()
    values = np.zeros((n, len(departments)), dtype=bool)
    for i, b in enumerate(baskets):
        values[i, b] = True
    df = pd.DataFrame(values, columns=departments)
    t1 = time.perf_counter()
    itemsets = fpgrowth(df, min_support=MIN_SUPPORT, use_colnames=True)
    t2 = time.perf_counter()
    rules = association_rules(itemsets, num_itemsets=n, metric="confidence", min_threshold=MIN_CONFIDENCE)
    t3 = time.perf_counter()
    print(f"baskets {n}, departments {len(departments)}, itemsets {len(itemsets)}, rules {len(rules)}")
    print(f"one-hot {t1 - t0:.3f} s, fpgrowth {t2 - t1:.3f} s, association_rules {t3 - t2:.3f} s")

    with open(os.path.join(HERE, "supermarket_itemsets_mlxtend.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["itemset", "count", "support"])
        for s, items in sorted(zip(itemsets["support"], itemsets["itemsets"]), key=lambda r: label(r[1])):
            w.writerow([label(items), round(s * n), repr(float(s))])
    with open(os.path.join(HERE, "supermarket_rules_mlxtend.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["antecedents", "consequents", "count", "support", "confidence", "lift", "leverage", "conviction"])
        out = []
        for r in rules.itertuples(index=False):
            out.append([
                label(r.antecedents), label(r.consequents), round(r.support * n),
                repr(float(r.support)), repr(float(r.confidence)), repr(float(r.lift)),
                repr(float(r.leverage)), repr(float(r.conviction)),
            ])
        out.sort(key=lambda r: (r[0], r[1]))
        w.writerows(out)


if __name__ == "__main__":
    main()
