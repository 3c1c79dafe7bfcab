## 在客户个人资料副本中列出为其保存的预测。

privacy10-pdf-predictions = 为该客户保存的预测
privacy10-key-as-of = 依据截至此日的销售
privacy10-key-model = 模型
privacy10-key-horizon = 未来天数
privacy10-key-p-alive = 仍是客户的概率
privacy10-key-p-buy = 未来几天内购买的概率
privacy10-key-expected-purchases = 未来几天内的预期购买次数
privacy10-key-expected-spend = 每次购买的预期金额
privacy10-key-clv = 未来几个月的价值
