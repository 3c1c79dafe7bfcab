"""lifetimes 0.11's Pareto/NBD fit on every sixth customer of the CDNOW sample (from the
first, in customer_id order: 393 customers), calibration through 1997-09-30, for the test
`a_fit_whose_maximum_lies_past_the_bound_holds_s_there`. The likelihood keeps rising
towards s, beta -> infinity there; lifetimes stops where its optimiser does. Prints the
four parameters and the log-likelihood.

Run from this directory: python cdnow_boundary_reference.py
"""
import warnings

import pandas as pd
from lifetimes import ParetoNBDFitter

from cdnow_summary import summary

warnings.filterwarnings("ignore")
d = summary(pd.Timestamp("1997-09-30")).iloc[0::6]
f = ParetoNBDFitter().fit(d["frequency"], d["recency"], d["T"])
print(len(d), {k: repr(v) for k, v in f.params_.items()}, repr(-f._negative_log_likelihood_ * len(d)))
