## The Segments tab's rule editor: the predictions' figures a condition can look at (0 to 1
## for the two chances), and the line shown while the predictions are worked out for them.
rules-predict-field-p-alive = chance still a customer (0-1)
rules-predict-field-p-buy = chance of buying in 90 days (0-1)
rules-predict-field-clv = lifetime value
rules-predict-field-expected-purchases = purchases expected in 90 days
rules-predict-working-out = Working out the predictions these rules look at…
