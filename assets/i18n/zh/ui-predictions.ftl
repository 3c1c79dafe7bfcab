## 复购预测标签页。

predictions-title = 复购预测

## 复购预测标签页的标签、按钮和提示。

predictions-predictions = 复购预测
predictions-once-your-shop-has-sales = 店铺有了销售之后，这里会显示哪些客户可能再次购买。
predictions-work-them-out-again = 重新计算
predictions-is-the-model-right-for = 这个模型适合您的店铺吗？
predictions-working-out-the-value-tiers = 正在计算价值等级…
predictions-show-in-customers = 在“客户”中查看
predictions-open-the-customers-tab-showing = 打开“客户”标签页，只显示这些客户
predictions-save-as-spreadsheet = 另存为电子表格…
predictions-an-excel-workbook-xlsx-or = Excel 工作簿（.xlsx）或 CSV 文件
predictions-customer = 客户
predictions-still-a-customer = 仍会购买？
predictions-value-at-risk = 可能损失
predictions-still-a-customer-2 = 仍会购买？
predictions-predicted-against-what-happened = 预测与实际对比
predictions-not-checked-see-above = 未检验（见上文）。

## 复购预测标签页的数据和列表。

predictions-job = 正在计算复购预测
predictions-job-starting = 正在启动
# $date：最近一笔销售的日期。
predictions-from-sales = 根据截至 { $date } 的销售数据。
# $days：未来的天数；$expected：预计销售额；$months：月数；$worth：这些客户在这几个月里的价值。
predictions-revenue = 这些客户未来 { $days } 天的预计销售额：{ $expected }。未来 { $months } 个月的价值：{ $worth }。
# 同上，附带销售额最可能落在的区间：$low 至 $high。
predictions-revenue-range = 这些客户未来 { $days } 天的预计销售额：{ $expected }（最可能在 { $low } 至 { $high } 之间）。未来 { $months } 个月的价值：{ $worth }。
predictions-worth-saving = 值得挽回
predictions-worth-saving-explained = 以前回购过、但正在流失的客户，按可能损失的价值排列：即他们留下来时的价值乘以他们仍会购买的可能性。
predictions-likely-to-leave = 可能流失
predictions-likely-to-leave-explained = 最有价值的客户（价值等级 A 和 B）中可能已经不再购买、或有多条投诉未解决的客户，按可能损失的价值排列。
# $count：客户数；$shown：屏幕上显示的同一数字；$amount：可能损失的价值；$months：月数。
predictions-at-risk = { $count ->
       *[other] { $shown } 位客户，未来 { $months } 个月可能损失 { $amount }。
    }
# $days：未来的天数。
predictions-buys-in-days = { $days } 天内购买
# $words：可能性（文字）；$percent：概率。
predictions-alive = { $words }（{ $percent }）
# $rows：显示的行数；$count：总数。
predictions-first-rows = 只显示前 { $rows } 位；按钮会处理全部 { $count } 位。
predictions-legend-customers = 客户
predictions-by-chance = 按仍会购买的可能性（%）统计的客户
# $months：月数。
predictions-worth-over = { $months } 个月的价值
# $amount：高于此金额的客户都在最后一根柱子里。
predictions-by-value = 按价值统计的客户（最后一根柱子包含 { $amount } 以上的全部客户）
predictions-legend-happened = 实际
# $days：检验模型所用的天数。
predictions-check-explained = 最近 { $days } 天每位客户的购买次数，按之前的购买次数分组（7 = 7 次或更多）
