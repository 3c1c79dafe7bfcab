"""Reference forecasts for the airline series: statsmodels' Holt-Winters fitted on all but
the last 12 months (1949-01..1959-12), forecasting 1960-01..1960-12.

Run once in a throwaway venv (pip install statsmodels pandas); writes
airline_holt_winters_reference.csv beside this script and prints the MAPEs and the time of
one fit.
"""
import csv
import os
import time

import numpy as np
import pandas as pd
import statsmodels
from statsmodels.tsa.holtwinters import ExponentialSmoothing

here = os.path.dirname(os.path.abspath(__file__))
y = pd.read_csv(os.path.join(here, "airline_passengers.csv"))["value"].to_numpy(float)
train, test = y[:-12], y[-12:]

forecasts = {}
for seasonal in ("mul", "add"):
    model = ExponentialSmoothing(train, trend="add", seasonal=seasonal, seasonal_periods=12)
    fit = model.fit()
    forecasts[seasonal] = fit.forecast(12)
    mape = 100 * np.mean(np.abs((test - forecasts[seasonal]) / test))
    print(f"{seasonal}: MAPE {mape:.2f}%  params {fit.params['smoothing_level']:.4f} "
          f"{fit.params['smoothing_trend']:.4f} {fit.params['smoothing_seasonal']:.4f}")

times = []
cpu0 = time.process_time()
for _ in range(20):
    t0 = time.perf_counter()
    ExponentialSmoothing(train, trend="add", seasonal="mul", seasonal_periods=12).fit()
    times.append(time.perf_counter() - t0)
cpu = (time.process_time() - cpu0) / 20
print(f"statsmodels {statsmodels.__version__}: one multiplicative fit, median of 20: "
      f"{1000 * np.median(times):.1f} ms wall, {1000 * cpu:.1f} ms CPU per fit")

months = pd.read_csv(os.path.join(here, "airline_passengers.csv"))["month"].to_numpy()[-12:]
with open(os.path.join(here, "airline_holt_winters_reference.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["month", "actual", "hw_mul", "hw_add"])
    for m, a, fm, fa in zip(months, test, forecasts["mul"], forecasts["add"]):
        w.writerow([m, f"{a:.1f}", f"{fm:.6f}", f"{fa:.6f}"])
