## 报告中的复购预测部分。

report-predict-as-of = 截至 { $date }，根据到那天为止的销售数据。
report-worth-saving = 值得挽回
report-worth-saving-note = 以前回购过、但正在流失的客户（仍会购买的可能性在 { $from } 到 { $to } 之间），按可能损失的价值排列：即他们留下来时未来 { $months } 个月的价值，乘以他们仍会购买的可能性。
report-worth-saving-total = { $count } 位客户，未来 { $months } 个月可能损失 { $at-risk }。
report-worth-saving-none = 目前没有以前回购过的客户正在流失。
report-worth-saving-more = 另外还有 { $count } 位。
report-column-customer = 客户
report-column-purchase-days = 购买天数
report-column-still-customer = 仍会购买
report-column-worth = { $months } 个月价值
report-column-at-risk = 可能损失
report-predict-revenue = 您的客户未来 { $days } 天的预计销售额：{ $expected }{ $low ->
    [none] {""}
   *[other] ，最可能在 { $low } 至 { $high } 之间
}。他们未来 { $months } 个月的价值：{ $clv }。
