"""Writes the sales of a shop the size of the full CDNOW data set (23 570 customers by
default, about 65 000 purchase days) simulated from the buy-till-you-die models with the
published CDNOW fits, for timing `clientele predict` on a shop of the size the issue's
lifetimes figure refers to (benches/predict.rs times demo shops, whose customers buy many
more lines each). No real customer is in it.

Each customer's first purchase falls on one of the first 12 weeks of 1997 (CDNOW's
cohort); while alive they buy at a rate lambda ~ Gamma(r = 0.243, rate alpha = 4.414) per
week and leave after each purchase with chance p ~ Beta(a = 0.793, b = 2.426) (BG/NBD,
Fader, Hardie & Lee 2005); each purchase's amount is Gamma(shape 6.25, rate nu) with
nu ~ Gamma(shape 3.74, rate 15.44) (Gamma-Gamma, Fader, Hardie & Lee 2005). Sales up to
1998-06-30 (78 weeks, as in CDNOW).

Usage: python3 benches/cdnow_size_shop.py OUT.csv [CUSTOMERS] [SEED]  (needs numpy), then
`clientele --db SHOP import sales OUT.csv`.
"""
import datetime as dt
import sys

import numpy as np

out_path = sys.argv[1]
customers = int(sys.argv[2]) if len(sys.argv) > 2 else 23570
rng = np.random.default_rng(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
r, alpha, a, b = 0.243, 4.414, 0.793, 2.426
p, q, gamma = 6.25, 3.74, 15.44
start, end = dt.date(1997, 1, 1), dt.date(1998, 6, 30)
last_day = (end - start).days
with open(out_path, "w", encoding="utf-8") as out:
    out.write("customer_id,date,amount\n")
    for customer in range(1, customers + 1):
        day = float(rng.integers(0, 84))
        rate = rng.gamma(r, 1.0 / alpha)  # purchases per week
        leave = rng.beta(a, b)
        nu = rng.gamma(q, 1.0 / gamma)
        days = [int(day)]
        while rate > 0:
            day += rng.exponential(7.0 / rate)
            if day > last_day:
                break
            days.append(int(day))
            if rng.random() < leave:
                break
        for d in days:
            amount = rng.gamma(p, 1.0 / nu)
            out.write(f"{customer},{start + dt.timedelta(days=d)},{amount:.2f}\n")
