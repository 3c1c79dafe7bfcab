## 图表标签页。

charts-title = 图表

## 图表标签页的标签、按钮和提示。

charts-charts = 图表
charts-hover-for-exact-values-drag = 鼠标悬停可查看精确数值。拖动可平移，滚动滚轮或双指捏合可缩放，双击可还原。
charts-from = 从
charts-first-sale = 首笔销售
charts-to = 到
charts-as-of-date = 截止日
charts-write-dates-as-2025-06 = 日期请写成 2025-06-30
charts-save-as-png = 另存为 PNG…
charts-save-this-chart-as-an = 将这个图表保存为图片
charts-there-are-no-sales-before = 数据截止日期之前没有任何销售。
charts-so-far = 至今
charts-orders = 订单
charts-average-order = 客单价
charts-no-sale-in-this-range = 这个范围内没有任何销售注明这一项（渠道、品类或门店）。
charts-this-chart-needs-orders-in = 至少需要两个月的订单，才能画出这个图表。
charts-customers-who-ordered-each-month = 每月下单的客户：首次下单的客户和回头客。

## 图表标签页中趋势和销售预测的标签、按钮和提示。

charts-work-out-the-figures-again = 重新计算
charts-choosing-the-forecast-s-model = 正在选择销售预测模型，并计算同期群和渠道…
charts-no-month-is-complete-yet = 还没有完整的月份。
charts-each-row-is-the-customers = 每一行是在该月首次购买的客户；每一列是此后的第几个月（0 = 首次购买的月份）。格子里是其中在该月下单的客户比例。
charts-revenue-per-customer-of-each = 最近十二个同期群的人均销售额，从首次下单起逐月累计。
charts-a-customer-counts-for-the = 客户按首次下单的渠道和门店计算。价值等级：A 级贡献 80% 的销售额，B 级贡献其后 15%，C 级贡献最后 5%。

## 图表标签页的图表列表。

charts-chart-revenue = 销售额
charts-chart-orders = 订单和客单价
charts-chart-new-returning = 新客户和回头客
charts-chart-channel = 按渠道的销售额
charts-chart-category = 按品类的销售额
charts-chart-store = 按门店的销售额
charts-chart-segments = 分群：人数和销售额
charts-chart-pareto = 帕累托曲线
charts-chart-forecast = 销售预测
charts-chart-cohorts = 同期群：回头客分析
charts-chart-channels = 渠道和门店

## 图表标签页的周期和范围。

charts-step-day = 日
charts-step-week = 周
charts-step-month = 月
charts-last-90-days = 最近 90 天
charts-last-12-months = 最近 12 个月
charts-all = 全部

## 图表标签页的图表：柱子和折线上的提示、图例、说明。

# 尚未结束的周期的柱子。$period：周期；$day：最近一笔销售的日期。
charts-bar-so-far = { $period }至今（截至 { $day }）
# $amount：金额。
charts-tip-revenue = 销售额 { $amount }
# $amount：所显示日期范围内的销售额。
charts-in-range = 这个范围内共 { $amount }。
charts-legend-revenue = 销售额
charts-legend-orders = 订单
# $count：订单数；$shown：屏幕上显示的同一数字。
charts-tip-orders = { $count ->
       *[other] { $shown } 笔订单
    }
charts-legend-average-order = 客单价
# $amount：金额。
charts-tip-average-order = 客单价 { $amount }
# $label：渠道、品类或门店；$amount：其销售额；$share：占销售额的比例。
charts-part-total = { $label }：{ $amount }（{ $share }）
charts-legend-new = 新客户
charts-legend-returning = 回头客
# $count：客户数。
charts-tip-new = { $count ->
       *[other] { $count } 位新客户
    }
# $count：客户数。
charts-tip-returning = { $count ->
       *[other] { $count } 位回头客
    }
# $segment：分群；$count：其客户数；$shown：屏幕上显示的同一数字。
charts-segment-customers = { $count ->
       *[other] { $segment }：{ $shown } 位客户
    }
# $segment：分群；$amount：其销售额。
charts-segment-revenue = { $segment }：{ $amount }
charts-legend-share-customers = 客户占比
charts-legend-share-revenue = 销售额占比
# $share：百分比。
charts-tip-share-customers = 客户占比 { $share }
# $share：百分比。
charts-tip-share-revenue = 销售额占比 { $share }
# $top：屏幕上显示的 20%；$share：他们贡献的销售额比例。
charts-pareto-explained = 客户按消费金额从高到低排列。排名前 { $top } 的客户贡献了 { $share } 的销售额。
charts-legend-even = 每人消费相同
# $share：客户比例；$count：对应的客户数（屏幕上显示的数字）；$revenue：他们贡献的销售额比例。
charts-tip-pareto = 排名前 { $share } 的客户（{ $count } 位）贡献了 { $revenue } 的销售额

## 图表标签页的销售预测。

charts-show-backtest = 显示回测：模型对过去几个月会给出的预测
charts-legend-range-95 = 95% 区间
charts-legend-range-80 = 80% 区间
charts-legend-forecast = 销售预测
charts-legend-so-far = 本月至今
charts-legend-backtest = 回测预测

## 图表标签页的同期群和渠道。

charts-cohorts-came-back = 回购的客户
charts-cohorts-revenue = 人均销售额
# 同期群人数那一列的上方。
charts-cohorts-customers = 客户数
# 同期群表格的一个格子。$month：同期群的首购月份；$active：下单的客户（屏幕上显示的数字）；$customers：同期群客户数（屏幕上显示的数字）；$period：首购后的第几个月；$share：下单客户的比例；$revenue：他们的销售额；$per_customer：至今的人均销售额。
charts-cohort-tip = { $month }：{ $customers } 位客户中有 { $active } 位在第 { $period } 个月下单（{ $share }）；销售额 { $revenue }，至今人均 { $per_customer }
charts-channels-where = 首购渠道/门店
charts-channels-customers = 客户
charts-channels-back-90 = 90 天内
    回购
charts-channels-back-365 = 一年内
    回购
charts-channels-revenue = 第一年
    人均销售额
charts-channels-tier-a = A 级
charts-channels-tier-b = B 级
charts-channels-tier-c = C 级
# $repeated：回购的客户（屏幕上显示的数字）；$eligible：首次出现时间足够早的客户（屏幕上显示的数字）。
charts-channels-back-90-tip = 在至少 90 天前首次出现的 { $eligible } 位客户中，有 { $repeated } 位回购
# 同上，一年。
charts-channels-back-365-tip = 在至少一年前首次出现的 { $eligible } 位客户中，有 { $repeated } 位回购
