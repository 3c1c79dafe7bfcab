"""The pandas side of the trends benchmark (issue 23): what `clientele cohorts` and
`clientele channels` work out, from `clientele export sales` of the same shop.

Usage: python trends_pandas.py SALES.csv cohorts|channels OUT.csv
Orders are the lines of one customer sharing an order reference (or a day without one).
"""
import sys

import pandas as pd

sales_csv, what, out = sys.argv[1], sys.argv[2], sys.argv[3]
s = pd.read_csv(
    sales_csv,
    sep=";",
    decimal=",",
    encoding="utf-8-sig",
    usecols=["customer_id", "order_ref", "sold_at", "amount", "channel", "store"],
    dtype={"order_ref": "string", "channel": "string", "store": "string"},
)
s["day"] = pd.to_datetime(s["sold_at"].str.slice(0, 10))
s["key"] = s["order_ref"].fillna(s["sold_at"].str.slice(0, 10))
orders = s.groupby(["customer_id", "key"], as_index=False).agg(
    day=("day", "min"), amount=("amount", "sum")
)
as_of = s["day"].max()
if what == "cohorts":
    orders["period"] = orders["day"].dt.to_period("M")
    orders["cohort"] = orders.groupby("customer_id")["period"].transform("min")
    orders["k"] = (orders["period"] - orders["cohort"]).apply(lambda d: d.n)
    size = orders.groupby("cohort")["customer_id"].nunique().rename("customers")
    cells = orders.groupby(["cohort", "k"]).agg(
        active_customers=("customer_id", "nunique"), revenue=("amount", "sum")
    )
    cells = cells.join(size, on="cohort")
    cells["share_active"] = cells["active_customers"] / cells["customers"]
    cells["cumulative_revenue_per_customer"] = (
        cells.groupby(level="cohort")["revenue"].cumsum() / cells["customers"]
    )
    cells.to_csv(out)
else:
    first = orders.sort_values("day").groupby("customer_id").agg(
        first=("day", "first"), second=("day", lambda d: d.iloc[1] if len(d) > 1 else pd.NaT)
    )
    lines = s.merge(first, left_on="customer_id", right_index=True)
    origin = (
        lines[lines["day"] == lines["first"]]
        .sort_values(["channel", "store"])
        .groupby("customer_id")[["channel", "store"]]
        .first()
    )
    first = first.join(origin)
    gap = (first["second"] - first["first"]).dt.days
    age = (as_of - first["first"]).dt.days
    first["eligible_90"] = age >= 90
    first["repeat_90"] = first["eligible_90"] & (gap <= 90)
    first["eligible_365"] = age >= 365
    first["repeat_365"] = first["eligible_365"] & (gap <= 365)
    groups = first.groupby(["channel", "store"], dropna=False).agg(
        customers=("first", "size"),
        eligible_90=("eligible_90", "sum"),
        repeat_90=("repeat_90", "sum"),
        eligible_365=("eligible_365", "sum"),
        repeat_365=("repeat_365", "sum"),
    )
    groups.to_csv(out)
