"""Per-customer predictions of the CDNOW sample with lifetimes 0.11.3, written once.

Run in a throwaway environment:
    python3 -m venv /tmp/venv-lt
    /tmp/venv-lt/bin/pip install lifetimes==0.11.3 pandas
    /tmp/venv-lt/bin/python cdnow_lifetimes_reference.py
It reads cdnow_sample_transactions.csv beside it and writes
cdnow_lifetimes_reference.csv (one row per customer) and cdnow_lifetimes_params.csv
(the fitted parameters, against which the per-customer figures were computed).

The summary (x, t_x, T, m_x) is computed here with pandas, not by the product: x is the
number of distinct purchase days after the first, t_x and T are days / 7 from the first
purchase day to the last one and to the calibration end 1997-09-30, m_x the mean of the
daily spend over the repeat days.
"""
import time
import numpy as np
import pandas as pd

from cdnow_summary import summary
from lifetimes import BetaGeoFitter, ParetoNBDFitter, GammaGammaFitter

END = pd.Timestamp("1997-09-30")
HORIZON_DAYS = 273

s = summary(END)

t0 = time.perf_counter()
bg = BetaGeoFitter(penalizer_coef=0.0).fit(s["frequency"], s["recency"], s["T"])
bg_secs = time.perf_counter() - t0
pn = ParetoNBDFitter(penalizer_coef=0.0).fit(s["frequency"], s["recency"], s["T"])
rep = s[s["frequency"] > 0]
gg = GammaGammaFitter(penalizer_coef=0.0).fit(rep["frequency"], rep["monetary_value"])

h = HORIZON_DAYS / 7.0
out = pd.DataFrame(index=s.index)
out["frequency"] = s["frequency"]
out["recency_weeks"] = s["recency"]
out["age_weeks"] = s["T"]
out["monetary_avg"] = s["monetary_value"]
out["bgnbd_expected_purchases_273d"] = bg.conditional_expected_number_of_purchases_up_to_time(
    h, s["frequency"], s["recency"], s["T"])
out["bgnbd_p_alive"] = bg.conditional_probability_alive(s["frequency"], s["recency"], s["T"])
out["pareto_expected_purchases_273d"] = pn.conditional_expected_number_of_purchases_up_to_time(
    h, s["frequency"], s["recency"], s["T"])
out["pareto_p_alive"] = pn.conditional_probability_alive(s["frequency"], s["recency"], s["T"])
out["expected_spend"] = gg.conditional_expected_average_profit(s["frequency"], s["monetary_value"])
out["clv_12m"] = gg.customer_lifetime_value(
    bg, s["frequency"], s["recency"], s["T"], s["monetary_value"],
    time=12, discount_rate=0.01, freq="W")
# The holdout: purchase days after the calibration end up to 1998-06-30 (273 days), and
# BG/NBD's P(buys at least once in 273 days) = P(alive) (1 - ((alpha+T)/(alpha+T+h))^(r+x)).
full = pd.read_csv("cdnow_sample_transactions.csv", parse_dates=["date"])
later = full[(full["date"] > END) & (full["date"] <= END + pd.Timedelta(days=HORIZON_DAYS))]
holdout = later.groupby("customer_id")["date"].nunique()
out["holdout_purchase_days"] = holdout.reindex(out.index, fill_value=0)
pr = bg.params_
out["bgnbd_p_buy_273d"] = out["bgnbd_p_alive"] * (
    1 - ((pr["alpha"] + s["T"]) / (pr["alpha"] + s["T"] + h)) ** (pr["r"] + s["frequency"]))
out.to_csv("cdnow_lifetimes_reference.csv", float_format="%.12g")

# The model check's figures for BG/NBD, from the columns above.
from scipy.stats import rankdata
err = (out["bgnbd_expected_purchases_273d"] - out["holdout_purchase_days"]).abs()
pos = (out["holdout_purchase_days"] >= 1).to_numpy()
ranks = rankdata(out["bgnbd_p_buy_273d"].to_numpy())
n_pos, n_neg = pos.sum(), (~pos).sum()
auc = (ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
perr = (out["pareto_expected_purchases_273d"] - out["holdout_purchase_days"]).abs()
bucket = out["frequency"].clip(upper=7)
table = out.assign(bucket=bucket).groupby("bucket").agg(
    customers=("frequency", "size"),
    actual=("holdout_purchase_days", "mean"),
    bgnbd=("bgnbd_expected_purchases_273d", "mean"),
    pareto_nbd=("pareto_expected_purchases_273d", "mean"),
)
table.to_csv("cdnow_holdout_reference.csv", float_format="%.12g")
with open("cdnow_check_reference.csv", "w") as f:
    f.write("figure,value\n")
    f.write(f"actual_total,{int(out['holdout_purchase_days'].sum())}\n")
    f.write(f"bgnbd_mae,{float(err.mean())!r}\n")
    f.write(f"pareto_mae,{float(perr.mean())!r}\n")
    f.write(f"bgnbd_auc,{float(auc)!r}\n")
    f.write(f"bgnbd_predicted_total,{float(out.bgnbd_expected_purchases_273d.sum())!r}\n")
print("holdout", out["holdout_purchase_days"].sum(), "mae", err.mean(), perr.mean(), "auc", auc)

p = []
for name, model in (("bgnbd", bg), ("pareto_nbd", pn), ("gamma_gamma", gg)):
    for k, v in model.params_.items():
        p.append({"model": name, "param": k, "value": repr(float(v))})
pd.DataFrame(p).to_csv("cdnow_lifetimes_params.csv", index=False)
print("customers", len(s), "repeat", len(rep), "clv sum", out["clv_12m"].sum())
print("bgnbd fit seconds", bg_secs)
print(pd.DataFrame(p))
