"""Independent RFM reference for the CDNOW sample, computed with pandas (not with Clientele).

Made with:  python3 -m venv /tmp/venv && /tmp/venv/bin/pip install pandas==3.1.1
            /tmp/venv/bin/python tests/data/cdnow_rfm_reference.py > tests/data/cdnow_rfm_reference.csv

Definitions (those of src/analytics/rfm.rs): an order is the lines of one customer on one calendar day
(the file has no order reference); recency = days from the last order to the as-of date;
frequency = orders; monetary = sum of amounts; scores by pandas qcut of rank(method="first")
over customers sorted by customer id, recency ranked descending.
"""
import sys

import pandas as pd

AS_OF = pd.Timestamp("1998-06-30")
df = pd.read_csv("tests/data/cdnow_sample_transactions.csv", parse_dates=["date"])
df = df[df["date"] <= AS_OF]
orders = df.groupby(["customer_id", "date"], as_index=False)["amount"].sum()
per = orders.groupby("customer_id").agg(
    last=("date", "max"), frequency=("date", "count"), monetary=("amount", "sum")
)
per = per.sort_index()
per["recency_days"] = (AS_OF - per["last"]).dt.days
labels = [1, 2, 3, 4, 5]
per["r"] = pd.qcut(per["recency_days"].rank(method="first", ascending=False), 5, labels=labels)
per["f"] = pd.qcut(per["frequency"].rank(method="first"), 5, labels=labels)
per["m"] = pd.qcut(per["monetary"].rank(method="first"), 5, labels=labels)
grid = {
    5: ["New customers", "Potential loyalists", "Potential loyalists", "Champions", "Champions"],
    4: ["Promising", "Potential loyalists", "Potential loyalists", "Loyal", "Loyal"],
    3: ["About to sleep", "About to sleep", "Need attention", "Loyal", "Loyal"],
    2: ["Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"],
    1: ["Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"],
}
per["segment"] = [grid[int(r)][int(f) - 1] for r, f in zip(per["r"], per["f"])]
per["monetary"] = per["monetary"].map(lambda x: f"{x:.2f}")
per.index.name = "customer_id"
per[["recency_days", "frequency", "monetary", "r", "f", "m", "segment"]].to_csv(sys.stdout)
