## 销售预测、同期群、渠道、价值等级和复购预测。

forecast-accuracy-seasonal = 过去 { $span }里，该预测（{ $model }）的平均偏差为 { $error }；按“与去年同期相同”估计，平均偏差为 { $baseline }。
forecast-accuracy-plain = 过去 { $span }里，该预测（{ $model }）的平均偏差为 { $error }；按“与上一周期相同”估计，平均偏差为 { $baseline }。
forecast-short-history = 完整的历史数据只有 { $span }（需要 { $needed } 才能把每个季节都看到两次），所以预测暂不考虑季节因素：目前还看不出哪些月份卖得更多。
forecast-so-far = { $period }至今：{ $value }（截至 { $through }）。
forecast-next-month = 下个月：约 { $value }（{ $lo }–{ $hi }）。
forecast-next-week = 下周：约 { $value }（{ $lo }–{ $hi }）。
channels-not-given = 未注明渠道
channels-compare = 首次通过 { $low } 购买的客户，一年内回购的比例（{ $low_rate }）低于首次通过 { $high } 购买的客户（{ $high_rate }）。
cli-no-sales = 店铺还没有销售数据：请先导入销售数据（clientele import sales FILE），或加载演示店铺（clientele demo）。
cancelled-forecast = 销售预测已取消。
cancelled-cohorts = 已取消计算同期群。
cancelled-channels = 已取消分析渠道。
error-forecast-too-short = 店铺只有 { $periods } 个完整周期的销售数据；预测至少需要 { $needed } 个
error-forecast-horizon = --horizon { $horizon } 超出范围：只能预测未来 1 到 { $max } 个周期
error-forecast-hold-out = --backtest { $held_out } 留出的周期太多，{ $periods } 个完整周期中剩下用来拟合的历史太少；请少留出几个周期
tier-meaning-first = 贡献前 { $share }% 销售额的客户。
tier-meaning-next = 贡献其后 { $share }% 销售额的客户。
tier-meaning-last = 贡献最后 { $share }% 销售额的客户。
predict-too-little-data = 暂无复购预测：{ $customers } 位客户中，只有 { $repeat } 位在两个或以上不同的日子买过东西；至少需要 { $needed } 位，才能算出客户多久回来一次。
predict-few-repeat = 只有 { $repeat } 位客户在两个或以上不同的日子买过东西（达到 { $recommended } 位后数字会更稳定）：这些预测仅供粗略参考。
predict-check-history-short = 模型未经检验：检验需要 { $needed } 天的销售数据，而店铺只有 { $history } 天。预测结果仍然有效。
predict-check-few-repeat = 模型未经检验：在最近这段时间之前，只有 { $repeat } 位客户购买过不止一次（需要 { $needed } 位）。预测结果仍然有效。
predict-check-fit-failed = 模型未经检验：无法用较早的销售数据拟合模型。预测结果仍然有效。
predict-headline = { $customers } 位客户中，约 { $likely } 位可能在未来 { $days } 天内再次购买。
predict-model-lower-error = 采用了 { $model }：在店铺最近的销售数据上，它对每位客户购买次数的平均误差为 { NUMBER($mae, minimumFractionDigits: 2, maximumFractionDigits: 2) } 次，{ $other } 为 { NUMBER($other-mae, minimumFractionDigits: 2, maximumFractionDigits: 2) } 次。
predict-model-only = 采用了 { $model }。
predict-model-requested = 按要求采用了 { $model }。
predict-model-other-failed = 采用了 BG/NBD：Pareto/NBD 无法拟合这些销售数据。
predict-model-default = 采用了 { $model }（无法检验模型时的常规选择）。

forecast-months = { $count } 个月
forecast-weeks = { $count } 周
forecast-hold-out-seasonal = 用最近 { $span }之前的历史数据选出了 { $model }，它在这 { $span }里的平均偏差为 { $error }；按“与去年同期相同”估计，平均偏差为 { $baseline }。
forecast-hold-out-plain = 用最近 { $span }之前的历史数据选出了 { $model }，它在这 { $span }里的平均偏差为 { $error }；按“与上一周期相同”估计，平均偏差为 { $baseline }。
forecast-coverage = 在这些周期中，{ $p80 } 区间覆盖了 { $c80 } 的实际数值，{ $p95 } 区间覆盖了 { $c95 }。
cohorts-came-back-months = 在 { $cohort } 首次购买的客户中，有 { $share } 在三个月内再次购买{ $before ->
    [none] 。
   *[other] ；{ $before } 的这一比例为 { $before_share }。
}
cohorts-came-back-quarter = 在 { $cohort } 首次购买的客户中，有 { $share } 在下一个季度内再次购买{ $before ->
    [none] 。
   *[other] ；{ $before } 的这一比例为 { $before_share }。
}
channels-group = { $name }
predict-check = 用最近 { $days } 天的数据检验，模型只用这之前的销售数据拟合：客户实际购买了 { $actual } 次（同一天多次购买算一次），模型预计为 { $predicted } 次。{ $auc ->
    [none] {""}
   *[other] 任取两位客户，一位回来了、一位没有回来，模型给回来的那位打分更高的概率为 { $auc }%。
}
