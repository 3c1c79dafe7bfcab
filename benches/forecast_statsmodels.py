"""The statsmodels side of the trends benchmark (issue 23): one Holt-Winters fit
(additive trend, multiplicative season, period 12) on the monthly revenue `clientele
forecast --out` wrote, and its forecast of the next 12 months. Prints the fit's own time.

Usage: python forecast_statsmodels.py FORECAST.csv
"""
import sys
import time

import pandas as pd
from statsmodels.tsa.holtwinters import ExponentialSmoothing

f = pd.read_csv(sys.argv[1])
y = f.loc[f["kind"] == "history", "value"].to_numpy()
start = time.perf_counter()
fit = ExponentialSmoothing(y, trend="add", seasonal="mul", seasonal_periods=12).fit()
fit.forecast(12)
print(f"statsmodels fit of {len(y)} months: {(time.perf_counter() - start) * 1000:.1f} ms")
