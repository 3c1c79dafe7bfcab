"""Reference MAPEs for the held-out check: for each series of series.csv, fitted on all
but the last 12 months and forecasting those 12, statsmodels' Holt-Winters
(ExponentialSmoothing, trend add, season add and season mul, period 12, default fit), the
one of the two with the lower AICc on the training months, and the seasonal naive
(each month the same month a year before the held-out year).

Run once in a throwaway venv (pip install statsmodels==0.15.0 pandas); writes
statsmodels_reference.csv beside this script and prints the means.
"""
import csv
import os
import warnings

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.holtwinters import ExponentialSmoothing

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
data = pd.read_csv(os.path.join(here, "series.csv"))


def mape(actual, forecast):
    return 100 * float(np.mean(np.abs((actual - forecast) / actual)))


out = []
for name, d in data.groupby("series", sort=False):
    y = d["value"].to_numpy(float)
    train, test = y[:-12], y[-12:]
    row = {"series": name, "train_months": len(train)}
    row["mape_seasonal_naive"] = mape(test, train[-12:])
    for seasonal in ("add", "mul"):
        fit = ExponentialSmoothing(
            train, trend="add", seasonal=seasonal, seasonal_periods=12
        ).fit()
        row[f"mape_{seasonal}"] = mape(test, fit.forecast(12))
        row[f"aicc_{seasonal}"] = float(fit.aicc)
    chosen = "add" if row["aicc_add"] <= row["aicc_mul"] else "mul"
    row["chosen"] = chosen
    row["mape_statsmodels"] = row[f"mape_{chosen}"]
    out.append(row)

cols = ["series", "train_months", "mape_seasonal_naive", "mape_add", "mape_mul",
        "aicc_add", "aicc_mul", "chosen", "mape_statsmodels"]
with open(os.path.join(here, "statsmodels_reference.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
    w.writeheader()
    for r in out:
        w.writerow({k: (f"{v:.4f}" if isinstance(v, float) else v) for k, v in r.items()})
print("statsmodels", statsmodels.__version__)
for r in out:
    print(f"{r['series']:15s} snaive {r['mape_seasonal_naive']:6.2f}  add {r['mape_add']:6.2f}"
          f"  mul {r['mape_mul']:6.2f}  AICc picks {r['chosen']}")
for k in ("mape_seasonal_naive", "mape_add", "mape_mul", "mape_statsmodels"):
    print(k, round(float(np.mean([r[k] for r in out])), 3))
print("oracle best of add/mul", round(float(np.mean([min(r['mape_add'], r['mape_mul']) for r in out])), 3))
