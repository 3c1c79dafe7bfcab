## The Predictions tab.

predictions-title = Predictions

## Labels, buttons and tips of the Predictions tab.

predictions-predictions = Predictions
predictions-once-your-shop-has-sales = Once your shop has sales, this screen shows which customers are likely to buy again.
predictions-work-them-out-again = Work them out again
predictions-is-the-model-right-for = Is the model right for your shop?
predictions-working-out-the-value-tiers = Working out the value tiers…
predictions-show-in-customers = Show in Customers
predictions-open-the-customers-tab-showing = Open the Customers tab showing only these customers
predictions-save-as-spreadsheet = Save as spreadsheet…
predictions-an-excel-workbook-xlsx-or = An Excel workbook (.xlsx) or a CSV file
predictions-customer = Customer
predictions-still-a-customer = Still a customer?
predictions-value-at-risk = Value at risk
predictions-still-a-customer-2 = Still a customer?
predictions-predicted-against-what-happened = Predicted against what happened
predictions-not-checked-see-above = Not checked (see above).

## The Predictions tab's figures and lists.

predictions-job = Working out the predictions
predictions-job-starting = Starting
# $date: the day of the latest sale.
predictions-from-sales = From your sales up to { $date }.
# $days: the number of days ahead; $expected: the revenue expected; $months: the number of months; $worth: what the customers are worth over them.
predictions-revenue = Expected revenue from these customers in the next { $days } days: { $expected }. Worth over the next { $months } months: { $worth }.
# As above, with the range the revenue most likely falls in: $low to $high.
predictions-revenue-range = Expected revenue from these customers in the next { $days } days: { $expected } (most likely between { $low } and { $high }). Worth over the next { $months } months: { $worth }.
predictions-worth-saving = Worth saving
predictions-worth-saving-explained = Customers who came back before and are slipping away, by the value at risk: what they would be worth if they stay, times the chance that they have gone.
predictions-likely-to-leave = Likely to leave
predictions-likely-to-leave-explained = Your best customers (value tiers A and B) who have probably stopped buying, or who have several complaints unsolved, by the value at risk.
# $count: customers; $shown: the same number as written on screen; $amount: the value at risk; $months: the number of months.
predictions-at-risk = { $count ->
        [one] { $shown } customer, { $amount } at risk over the next { $months } months.
       *[other] { $shown } customers, { $amount } at risk over the next { $months } months.
    }
# $days: the number of days ahead.
predictions-buys-in-days = Buys in { $days } days
# $words: how likely, in words; $percent: the chance.
predictions-alive = { $words } ({ $percent })
# $rows: how many rows are shown; $count: how many there are.
predictions-first-rows = The first { $rows } are shown; the buttons take all { $count }.
predictions-legend-customers = Customers
predictions-by-chance = Customers by chance of still buying (%)
# $months: the number of months.
predictions-worth-over = Worth over { $months } months
# $amount: the amount above which customers are in the last bar.
predictions-by-value = Customers by value (the last bar holds all above { $amount })
predictions-legend-happened = Happened
# $days: the days the model was checked on.
predictions-check-explained = Purchases per customer in the last { $days } days, by purchases before (7 = 7 or more)
