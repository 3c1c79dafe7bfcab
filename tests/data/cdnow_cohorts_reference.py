"""Cohort reference for the CDNOW sample, computed with pandas, independently of Clientele.

Orders are the purchases of one customer on one day (the sample has no order reference).
Customers are grouped by the month (or quarter) of their first order; for each cohort and
each period since then: customers with an order in that period, their share of the cohort,
the cohort's revenue in the period and its cumulative revenue per customer. As of
1998-06-30 (the last day of the data, so every period is complete).

Run once in a throwaway venv (pip install pandas); writes cdnow_cohorts_month_reference.csv
and cdnow_cohorts_quarter_reference.csv beside this script.
"""
import os

import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
tx = pd.read_csv(os.path.join(here, "cdnow_sample_transactions.csv"), parse_dates=["date"])
tx["cents"] = (tx["amount"] * 100).round().astype("int64")
orders = tx.groupby(["customer_id", "date"], as_index=False)["cents"].sum()

for step, freq in (("month", "M"), ("quarter", "Q")):
    o = orders.copy()
    o["period"] = o["date"].dt.to_period(freq)
    o["cohort"] = o.groupby("customer_id")["period"].transform("min")
    o["k"] = (o["period"] - o["cohort"]).apply(lambda d: d.n)
    size = o.groupby("cohort")["customer_id"].nunique()
    last = pd.Period("1998-06-30", freq=freq)
    rows = []
    for cohort, n in size.items():
        for k in range((last - cohort).n + 1):
            cell = o[(o["cohort"] == cohort) & (o["k"] == k)]
            upto = o[(o["cohort"] == cohort) & (o["k"] <= k)]
            active = cell["customer_id"].nunique()
            label = str(cohort) if step == "month" else f"{cohort.year}-Q{cohort.quarter}"
            rows.append({
                "cohort": label,
                "customers": n,
                "period": k,
                "active_customers": active,
                "share_active": f"{active / n:.6f}",
                "revenue": f"{cell['cents'].sum() / 100:.2f}",
                "cumulative_revenue_per_customer": f"{upto['cents'].sum() / 100 / n:.6f}",
            })
    pd.DataFrame(rows).to_csv(
        os.path.join(here, f"cdnow_cohorts_{step}_reference.csv"), index=False)
    print(step, len(rows), "rows")
