"""Writes airline_sales.csv: the airline series (airline_passengers.csv) as the sales of a
shop, one sale line per month on the 15th, for `clientele forecast` tests. Standard
library only; run once beside this file."""
import csv
import os

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "airline_passengers.csv"), newline="") as f:
    rows = list(csv.DictReader(f))
with open(os.path.join(here, "airline_sales.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["customer_id", "date", "amount"])
    for r in rows:
        w.writerow(["C1", r["month"] + "-15", "%.2f" % float(r["value"])])
