"""Times lifetimes 0.11.3 fitting BG/NBD on the same customers as `clientele predict`
(benches/predict.rs): reads the command's CSV (frequency, recency_weeks, age_weeks) and
prints the seconds of `BetaGeoFitter().fit` alone, without reading the sales or summarising
them. Run with an interpreter that has lifetimes (a throwaway venv:
`python3 -m venv /tmp/venv-lt && /tmp/venv-lt/bin/pip install lifetimes==0.11.3 pandas`)."""
import sys
import time

import pandas as pd
from lifetimes import BetaGeoFitter

s = pd.read_csv(sys.argv[1])
t = time.perf_counter()
BetaGeoFitter(penalizer_coef=0.0).fit(s["frequency"], s["recency_weeks"], s["age_weeks"])
print(f"{time.perf_counter() - t:.3f}")
