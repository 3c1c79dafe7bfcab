# Reference figures for the campaign statistics' tests (src/analytics/campaign/tests.rs).
# Run once with Python 3 and SciPy (python3 -m venv v && v/bin/pip install scipy):
#   python3 tests/data/campaign_reference.py
# Newcombe's method 10 is written out by hand from the paper's formulas (Wilson limits
# combined), and Welch's interval from its textbook formula with SciPy's t quantile; SciPy's
# own Welch test (ttest_ind with equal_var=False) gives the same t and df as a cross-check.
from math import sqrt
from scipy import stats

z = stats.norm.ppf(0.975)

def wilson(x, n):
    p = x / n
    a = 2 * n * p + z * z
    b = z * sqrt(z * z + 4 * n * p * (1 - p))
    c = 2 * (n + z * z)
    return (a - b) / c, (a + b) / c

def newcombe(x1, n1, x2, n2):
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1)
    l2, u2 = wilson(x2, n2)
    d = p1 - p2
    return d, d - sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)

for case in [(56, 70, 48, 80), (9, 10, 3, 10), (6, 7, 2, 7), (5, 56, 0, 29),
             (0, 10, 0, 20), (0, 10, 0, 10), (10, 10, 0, 20), (10, 10, 0, 10)]:
    print("newcombe", case, ["%.4f" % v for v in newcombe(*case)])

a = [0.0, 0.0, 12.5, 40.0, 0.0, 7.25, 0.0, 99.9, 15.0, 0.0]
b = [0.0, 3.0, 0.0, 0.0, 22.0, 0.0]
ma, mb = sum(a) / len(a), sum(b) / len(b)
va = sum((v - ma) ** 2 for v in a) / (len(a) - 1)
vb = sum((v - mb) ** 2 for v in b) / (len(b) - 1)
se = sqrt(va / len(a) + vb / len(b))
df = (va / len(a) + vb / len(b)) ** 2 / ((va / len(a)) ** 2 / (len(a) - 1) + (vb / len(b)) ** 2 / (len(b) - 1))
t = stats.t.ppf(0.975, df)
print("welch diff %.10f lo %.10f hi %.10f df %.10f" % (ma - mb, ma - mb - t * se, ma - mb + t * se, df))
res = stats.ttest_ind(a, b, equal_var=False)
print("scipy t %.10f (by hand %.10f)" % (res.statistic, (ma - mb) / se))
# Minimum detectable difference, 95% two-sided, 80% power, 360 and 40 customers at 10%.
print("mde %.10f" % ((stats.norm.ppf(0.975) + stats.norm.ppf(0.8)) * sqrt(0.1 * 0.9 * (1 / 360 + 1 / 40))))
