"""Standard errors of the BG/NBD and Gamma-Gamma fits of the CDNOW sample, from
lifetimes 0.11.3, written once.

Run in a throwaway environment:
    python3 -m venv /tmp/venv-lt
    /tmp/venv-lt/bin/pip install lifetimes==0.11.3 pandas
    /tmp/venv-lt/bin/python cdnow_std_errors_reference.py
It reads cdnow_sample_transactions.csv beside it and writes
cdnow_std_errors_reference.csv: model, param, the fitted value and its standard error.

lifetimes takes the Hessian of its own negative log-likelihood in the logs of the
parameters by automatic differentiation (autograd), exactly, at its maximum, and gives
the standard error of each parameter as theta_i * sqrt(inv(H)_ii / n). Pareto/NBD is left
out: lifetimes gives no standard errors for it (its likelihood goes through SciPy's
hyp2f1, which autograd cannot differentiate). The summary (x, t_x, T, m_x) comes from
cdnow_summary.py, as for cdnow_lifetimes_reference.py.
"""
import numpy as np
import pandas as pd

from cdnow_summary import summary
from lifetimes import BetaGeoFitter, GammaGammaFitter

END = pd.Timestamp("1997-09-30")

s = summary(END)

bg = BetaGeoFitter(penalizer_coef=0.0).fit(s["frequency"], s["recency"], s["T"])
rep = s[s["frequency"] > 0]
gg = GammaGammaFitter(penalizer_coef=0.0).fit(rep["frequency"], rep["monetary_value"])

out = []
for model, fitter in [("bgnbd", bg), ("gamma_gamma", gg)]:
    for name in fitter.params_.index:
        out.append({
            "model": model,
            "param": name,
            "value": repr(float(fitter.params_[name])),
            "se": repr(float(fitter.standard_errors_[name])),
        })
pd.DataFrame(out).to_csv("cdnow_std_errors_reference.csv", index=False)
print(pd.DataFrame(out))
