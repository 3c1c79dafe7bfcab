"""RFM with pandas, for the segments benchmark: read the sales CSV, group, score.

Usage: python rfm_pandas.py SALES.csv OUT.csv  (columns customer_id,day,order_ref,amount_cents)
Writes customer_id,recency_days,frequency,monetary,r,f,m,segment as of the latest sale.
"""
import sys

import pandas as pd

sales = pd.read_csv(sys.argv[1], dtype={"order_ref": str}, keep_default_na=False, parse_dates=["day"])
as_of = sales["day"].max()
# An order: the lines of one customer sharing an order reference, or on one day.
sales["order"] = sales["order_ref"].where(sales["order_ref"] != "", "day:" + sales["day"].dt.strftime("%Y-%m-%d"))
orders = sales.groupby(["customer_id", "order"], as_index=False).agg(day=("day", "min"), cents=("amount_cents", "sum"))
per = orders.groupby("customer_id").agg(last=("day", "max"), frequency=("day", "count"), cents=("cents", "sum")).sort_index()
per["recency_days"] = (as_of - per["last"]).dt.days
labels = [1, 2, 3, 4, 5]
per["r"] = pd.qcut(per["recency_days"].rank(method="first", ascending=False), 5, labels=labels)
per["f"] = pd.qcut(per["frequency"].rank(method="first"), 5, labels=labels)
per["m"] = pd.qcut(per["cents"].rank(method="first"), 5, labels=labels)
grid = {
    5: ["New customers", "Potential loyalists", "Potential loyalists", "Champions", "Champions"],
    4: ["Promising", "Potential loyalists", "Potential loyalists", "Loyal", "Loyal"],
    3: ["About to sleep", "About to sleep", "Need attention", "Loyal", "Loyal"],
    2: ["Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"],
    1: ["Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"],
}
per["segment"] = [grid[int(r)][int(f) - 1] for r, f in zip(per["r"], per["f"])]
per["monetary"] = per["cents"].map(lambda c: f"{c // 100}.{c % 100:02d}" if c >= 0 else f"-{(-c) // 100}.{(-c) % 100:02d}")
per[["recency_days", "frequency", "monetary", "r", "f", "m", "segment"]].to_csv(sys.argv[2])
