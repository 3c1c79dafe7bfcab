## The Segments tab's rule editor: the predictions' figures a condition can look at (0 to 1
## for the two chances), and the line shown while the predictions are worked out for them.
rules-predict-field-p-alive = 仍是客户的可能性（0-1）
rules-predict-field-p-buy = 90 天内购买的可能性（0-1）
rules-predict-field-clv = 客户终身价值
rules-predict-field-expected-purchases = 90 天内预计购买次数
rules-predict-working-out = 正在计算这些规则所需的预测…
