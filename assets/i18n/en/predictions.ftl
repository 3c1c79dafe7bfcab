## The report's Predictions section.

report-predict-as-of = As of { $date }, from the sales up to that day.
report-worth-saving = Worth saving
report-worth-saving-note = Customers who came back before and are slipping away (a chance of still being a customer from { $from } to { $to }), by the value at risk: what they would be worth over the next { $months } months if they stay, times the chance that they have gone.
report-worth-saving-total = { $count } customers, { $at-risk } at risk over the next { $months } months.
report-worth-saving-none = No customer who came back before is slipping away just now.
report-worth-saving-more = And { $count } more.
report-column-customer = Customer
report-column-purchase-days = Purchase days
report-column-still-customer = Still a customer
report-column-worth = Worth, { $months } months
report-column-at-risk = At risk
report-predict-revenue = Expected revenue from your customers in the next { $days } days: { $expected }{ $low ->
    [none] {""}
   *[other] , most likely between { $low } and { $high }
}. What they are worth over the next { $months } months: { $clv }.
