"""The CDNOW sample's per-customer summary as of a calibration end, for the reference
scripts beside it (cdnow_lifetimes_reference.py, cdnow_std_errors_reference.py): per
customer x (repeat purchase days), t_x and T in weeks and m_x (the mean spend of the
repeat days), lifetimes' frequency, recency, T and monetary_value, from
cdnow_sample_transactions.csv with the same day's purchases added up.
"""
import pandas as pd


def summary(end):
    """The summary of the purchases on or before `end` (a pandas Timestamp), indexed and
    sorted by customer_id."""
    tx = pd.read_csv("cdnow_sample_transactions.csv", parse_dates=["date"])
    tx = tx[tx["date"] <= end]
    daily = tx.groupby(["customer_id", "date"], as_index=False)["amount"].sum()
    rows = []
    for cid, g in daily.groupby("customer_id"):
        g = g.sort_values("date")
        first, last = g["date"].iloc[0], g["date"].iloc[-1]
        x = len(g) - 1
        rows.append({
            "customer_id": cid,
            "frequency": x,
            "recency": (last - first).days / 7.0,
            "T": (end - first).days / 7.0,
            "monetary_value": g["amount"].iloc[1:].mean() if x > 0 else 0.0,
        })
    return pd.DataFrame(rows).set_index("customer_id").sort_index()
