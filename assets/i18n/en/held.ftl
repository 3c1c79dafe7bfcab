## Orders kept but not counted (not paid yet, cancelled, failed), and walk-in sales in the
## shop's totals.

# $orders: how many orders.
held-note-paid = { $orders ->
    [one] { $orders } pending order of an earlier import is paid now: counted once, here.
   *[other] { $orders } pending orders of an earlier import are paid now: counted once, here.
}
# $orders: how many orders.
held-note-already = { $orders ->
    [one] { $orders } order was imported before from a file of the same kind: skipped, not counted twice.
   *[other] { $orders } orders were imported before from a file of the same kind: skipped, not counted twice.
}
held-detail-title = Orders not counted
held-detail-hint = Orders not paid yet, cancelled or failed: kept as the file gave them, left out of revenue and every figure. An order paid later is counted when the newer file is imported.
# $date: the order's day; $order: its number (or held-no-number); $amount: its amount;
# $status: pending, cancelled or failed; $read: the status as the file wrote it.
held-detail-order = { $date } · { $order } · { $amount } · { $status ->
    [pending] not paid yet
    [cancelled] cancelled
   *[failed] payment failed
} («{ $read }»)
held-no-number = no order number
# $amount: the walk-in sales' revenue in the same period.
held-walk-in-part = of which walk-in sales: { $amount }
# A line of the report's key figures, under the revenue.
held-report-walk-in = of which walk-in sales
