"""Times lifetimes 0.11.3 fitting BG/NBD and Pareto/NBD on the CDNOW calibration summary
repeated 1, 10 and 42 times (docs/benchmarks.md, issue 21). Run from tests/data in the venv of
cdnow_lifetimes_reference.py."""
import time, pandas as pd
from lifetimes import BetaGeoFitter, ParetoNBDFitter
ref = pd.read_csv("cdnow_lifetimes_reference.csv")
for k in (1, 10, 42):
    s = pd.concat([ref] * k, ignore_index=True)
    for name, cls in (("BG/NBD", BetaGeoFitter), ("Pareto/NBD", ParetoNBDFitter)):
        if name == "Pareto/NBD" and k == 42:
            continue
        t = time.perf_counter()
        cls(penalizer_coef=0.0).fit(s["frequency"], s["recency_weeks"], s["age_weeks"])
        print(f"lifetimes {name} fit, CDNOW x{k} ({len(s)} customers): {time.perf_counter() - t:.3f} s")
