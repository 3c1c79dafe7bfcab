## The Segments tab's rule editor: the predictions' figures a condition can look at (0 to 1
## for the two chances), and the line shown while the predictions are worked out for them.
rules-predict-field-p-alive = вероятность, что ещё клиент (0-1)
rules-predict-field-p-buy = вероятность покупки за 90 дней (0-1)
rules-predict-field-clv = пожизненная ценность клиента (LTV)
rules-predict-field-expected-purchases = ожидаемые покупки за 90 дней
rules-predict-working-out = Считаем прогноз, нужный этим правилам…
