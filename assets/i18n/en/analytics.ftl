## Forecast, cohorts, channels, value tiers and predictions.

forecast-accuracy-seasonal = This forecast ({ $model }) has been { $error } off on average over the last { $span }, against { $baseline } for "same as last year".
forecast-accuracy-plain = This forecast ({ $model }) has been { $error } off on average over the last { $span }, against { $baseline } for "same as the period before".
forecast-short-history = With only { $span } of complete history ({ $needed } are needed to see each season twice), the forecast leaves the seasons out: it cannot yet tell which months sell more.
forecast-so-far = { $period } so far: { $value } (through { $through }).
forecast-next-month = Next month: about { $value } ({ $lo }–{ $hi }).
forecast-next-week = Next week: about { $value } ({ $lo }–{ $hi }).
channels-not-given = no channel given
channels-compare = Customers who first bought through { $low } come back less often within a year ({ $low_rate }) than those who first bought through { $high } ({ $high_rate }).
cli-no-sales = The shop has no sales yet: import sales (clientele import sales FILE) or load the demo shop (clientele demo) first.
cancelled-forecast = The forecast was cancelled.
cancelled-cohorts = Working out the cohorts was cancelled.
cancelled-channels = Working out the channels was cancelled.
error-forecast-too-short = the shop has { $periods } complete periods of sales; a forecast needs at least { $needed }
error-forecast-horizon = --horizon { $horizon } is out of range: forecast 1 to { $max } periods ahead
error-forecast-hold-out = --backtest { $held_out } leaves too little history of the { $periods } complete periods to fit on; hold out fewer periods
tier-meaning-first = The customers who bring { $share }% of revenue.
tier-meaning-next = The next { $share }% of revenue.
tier-meaning-last = The last { $share }% of revenue.
predict-too-little-data = No predictions yet: only { $repeat } of your { $customers } customers have bought on more than one day, and at least { $needed } are needed to learn how often your customers come back.
predict-few-repeat = Only { $repeat } customers have bought on more than one day (from { $recommended } on the figures are steadier): take these predictions as rough.
predict-check-history-short = The model was not checked: that needs { $needed } days of sales and the shop has { $history }. The predictions still stand.
predict-check-few-repeat = The model was not checked: before the last stretch only { $repeat } customers had bought more than once ({ $needed } are needed). The predictions still stand.
predict-check-fit-failed = The model was not checked: it could not be fitted on the earlier sales. The predictions still stand.
predict-headline = About { $likely } of your { $customers } customers are likely to buy again in the next { $days } days.
predict-model-lower-error = { $model } was used: on your own recent sales it was off by { NUMBER($mae, minimumFractionDigits: 2, maximumFractionDigits: 2) } purchases per customer on average, { $other } by { NUMBER($other-mae, minimumFractionDigits: 2, maximumFractionDigits: 2) }.
predict-model-only = { $model } was used.
predict-model-requested = { $model } was used, as asked.
predict-model-other-failed = BG/NBD was used: Pareto/NBD could not be fitted to these sales.
predict-model-default = { $model } was used (the usual choice when the model cannot be checked).

forecast-months = { $count ->
    [one] 1 month
   *[other] { $count } months
}
forecast-weeks = { $count ->
    [one] 1 week
   *[other] { $count } weeks
}
forecast-hold-out-seasonal = Chosen on the history before the last { $span }, { $model } was { $error } off on average on those { $span }, against { $baseline } for "same as last year".
forecast-hold-out-plain = Chosen on the history before the last { $span }, { $model } was { $error } off on average on those { $span }, against { $baseline } for "same as the period before".
forecast-coverage = Over those periods the { $p80 } range held { $c80 } of the actual figures and the { $p95 } range { $c95 }.
cohorts-came-back-months = Of the customers who first bought in { $cohort }, { $share } came back within three months{ $before ->
    [none] .
   *[other] ; for { $before } it was { $before_share }.
}
cohorts-came-back-quarter = Of the customers who first bought in { $cohort }, { $share } came back within the next quarter{ $before ->
    [none] .
   *[other] ; for { $before } it was { $before_share }.
}
channels-group = { $name }
predict-check = Checked on your last { $days } days, fitted only on the sales before them: your customers bought on { $actual } days and the model expected { $predicted }.{ $auc ->
    [none] {""}
   *[other] {" "}Of two customers, one who came back and one who did not, it rated the one who came back higher { $auc }% of the time.
}
