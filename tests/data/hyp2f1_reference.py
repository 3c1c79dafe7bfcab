"""Gauss's hypergeometric function 2F1(a, b; c; z) at 30 significant digits with mpmath.

Run once in a throwaway environment (pip install mpmath); writes hyp2f1_reference.csv.
The points cover the two uses in the prediction models: Pareto/NBD's
2F1(r+s+x, r+x or s+1; r+s+x+1; z) and BG/NBD's 2F1(r+x, b+x; a+b+x-1; z), for
x from 0 to 1000 and z from 0 to 0.999.
"""
import csv
import mpmath as mp

mp.mp.dps = 40
rows = []
for (r, s) in ((0.5533, 0.6063), (0.05, 3.0), (2.5, 0.2)):
    for x in (0, 1, 3, 10, 100, 1000):
        a = r + s + x
        for b in (r + x, s + 1):
            for z in (0.0, 0.1, 0.5, 0.9, 0.99, 0.999):
                rows.append((a, b, a + 1, z))
for (r, a_, b_) in ((0.2426, 0.7929, 2.4259), (1.5, 2.5, 0.7), (0.1, 0.3, 0.9)):
    for x in (0, 1, 3, 10, 100, 1000):
        c = a_ + b_ + x - 1
        if c <= 0:
            continue
        for z in (0.0, 0.1, 0.5, 0.9, 0.95):
            rows.append((r + x, b_ + x, c, z))
with open("hyp2f1_reference.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["a", "b", "c", "z", "ln_value"])
    for a, b, c, z in rows:
        v = mp.hyp2f1(a, b, c, z)
        w.writerow([repr(float(a)), repr(float(b)), repr(float(c)), repr(float(z)), mp.nstr(mp.log(v), 20)])
print(len(rows))
