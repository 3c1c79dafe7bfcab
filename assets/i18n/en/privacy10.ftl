## The predictions kept about a customer, in their own copy of what is held on them.

privacy10-pdf-predictions = Predictions kept about this customer
privacy10-key-as-of = From the sales up to
privacy10-key-model = Model
privacy10-key-horizon = Days ahead
privacy10-key-p-alive = Chance of still being a customer
privacy10-key-p-buy = Chance of buying in the days ahead
privacy10-key-expected-purchases = Expected purchases in the days ahead
privacy10-key-expected-spend = Expected spend per purchase
privacy10-key-clv = Worth over the coming months
