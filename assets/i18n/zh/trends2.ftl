# 预测、同期群和渠道，第二部分 (issue 23)。

## “图表”页渠道表：预测的平均客户终身价值。

trends2-clv-header = 预测客户终身价值
    （客户数）
trends2-clv-cell = { $average }（{ $customers }）
trends2-clv-tip = 本组 { $customers } 位有预测的客户的平均值，按“预测”页的算法，使用本店的利润率和折现率。
trends2-clv-too-little = 数据不足
trends2-clv-too-little-tip = 本店回头客太少，“预测”无法算出客户终身价值。

## “图表”页中预测、同期群和渠道的时间范围与步长。

trends2-forecast-no-day = 预测按周或按月，不按天：现按月显示。
trends2-forecast-range = 预测使用截至“到”日期的全部销售；“从”日期不适用。
trends2-cohorts-by-month = 按月
trends2-cohorts-by-quarter = 按季度
trends2-cohorts-range = 首单落在该范围内的客户的同期群，数据截至“到”日期。步长为月或季度。
trends2-channels-range = 首单落在该范围内的客户，数据截至“到”日期。步长不适用。
trends2-cohorts-each-row-quarter = 每行是在该季度首次购买的客户；每列是之后的第几个季度（0 = 首次购买的季度）。格中是其中在该季度下过单的客户占比。
trends2-no-customer-in-range = 没有客户的首单落在这个范围内。

## 打印报告中的渠道表和图表。

trends2-report-clv = 预测客户终身价值（客户数）
trends2-report-clv-cell = { $v1 }（{ $v2 }）
trends2-report-clv-note = 预测客户终身价值：本组有预测的客户的平均值（括号内为人数），按“预测”部分的算法，使用本店的利润率和折现率。
trends2-report-clv-too-little = 数据不足
trends2-report-chart-history = 销售额
trends2-report-chart-forecast = 预测
trends2-report-chart-range-80 = 80% 区间
trends2-report-chart-range-95 = 95% 区间
trends2-report-chart-months-since = 首单后的月数
trends2-report-chart-back-within-year = 一年内回购
