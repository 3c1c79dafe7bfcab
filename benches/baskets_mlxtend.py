"""Times mlxtend's fpgrowth + association_rules on baskets written one a line as
space-separated item numbers (benches/baskets.rs writes them; so is
tests/data/supermarket_baskets.txt). Usage: baskets_mlxtend.py FILE MIN_SUPPORT MIN_CONFIDENCE

The one-hot table is a sparse DataFrame when there are more than 1 000 items (a dense one of
780 000 orders x 5 000 products would take 3.9 GB), a dense one otherwise, as mlxtend's
documentation shows.
"""

import sys
import time

import numpy as np
import pandas as pd
import scipy.sparse
from mlxtend.frequent_patterns import association_rules, fpgrowth


def main():
    path, support, confidence = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
    t0 = time.perf_counter()
    rows, cols = [], []
    with open(path) as f:
        for i, line in enumerate(f):
            for j in line.split():
                rows.append(i)
                cols.append(int(j))
    n, items = i + 1, max(cols) + 1
    t1 = time.perf_counter()
    m = scipy.sparse.csr_matrix((np.ones(len(rows), dtype=bool), (rows, cols)), shape=(n, items))
    names = [str(j) for j in range(items)]
    if items > 1000:
        df = pd.DataFrame.sparse.from_spmatrix(m, columns=names)
    else:
        df = pd.DataFrame(m.toarray(), columns=names)
    t2 = time.perf_counter()
    itemsets = fpgrowth(df, min_support=support, use_colnames=True)
    t3 = time.perf_counter()
    rules = association_rules(itemsets, num_itemsets=n, metric="confidence", min_threshold=confidence)
    t4 = time.perf_counter()
    print(
        f"{n} baskets, {len(itemsets)} itemsets, {len(rules)} rules; read {t1 - t0:.3f} s, "
        f"one-hot {t2 - t1:.3f} s, fpgrowth {t3 - t2:.3f} s, association_rules {t4 - t3:.3f} s"
    )


if __name__ == "__main__":
    main()
