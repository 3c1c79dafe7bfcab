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
