## Прогноз, когорты, каналы, ABC-группы и прогноз по клиентам.

forecast-accuracy-seasonal = За последний период ({ $span }) этот прогноз ({ $model }) ошибался в среднем на { $error }, а прогноз «как год назад» — на { $baseline }.
forecast-accuracy-plain = За последний период ({ $span }) этот прогноз ({ $model }) ошибался в среднем на { $error }, а прогноз «как в прошлом периоде» — на { $baseline }.
forecast-short-history = Полной истории пока только { $span } (чтобы увидеть каждый сезон дважды, нужно { $needed }), поэтому прогноз не учитывает сезонность: он ещё не может сказать, в какие месяцы продажи выше.
forecast-so-far = Пока за { $period }: { $value } (по { $through }).
forecast-next-month = Следующий месяц: около { $value } ({ $lo }–{ $hi }).
forecast-next-week = Следующая неделя: около { $value } ({ $lo }–{ $hi }).
channels-not-given = канал не указан
channels-compare = Клиенты, впервые купившие через { $low }, реже возвращаются в течение года ({ $low_rate }), чем те, кто впервые купил через { $high } ({ $high_rate }).
cli-no-sales = В магазине пока нет продаж: сначала импортируйте продажи (clientele import sales FILE) или загрузите демо-магазин (clientele demo).
cancelled-forecast = Прогноз отменён.
cancelled-cohorts = Расчёт когорт отменён.
cancelled-channels = Расчёт каналов отменён.
error-forecast-too-short = { $periods ->
    [one] у магазина { $periods } полный период продаж
    [few] у магазина { $periods } полных периода продаж
    [many] у магазина { $periods } полных периодов продаж
   *[other] у магазина { $periods } полного периода продаж
}; для прогноза нужно не меньше { $needed }
error-forecast-horizon = --horizon { $horizon } вне допустимого диапазона: прогноз строится на 1–{ $max ->
    [one] { $max } период
    [few] { $max } периода
    [many] { $max } периодов
   *[other] { $max } периода
} вперёд
error-forecast-hold-out = при --backtest { $held_out } из { $periods ->
    [one] { $periods } полного периода
   *[other] { $periods } полных периодов
} остаётся слишком мало истории для обучения модели; отложите меньше периодов
tier-meaning-first = Клиенты, которые приносят { $share } % выручки.
tier-meaning-next = Следующие { $share } % выручки.
tier-meaning-last = Последние { $share } % выручки.
predict-too-little-data = Прогноза по клиентам пока нет: из { $customers ->
    [one] { $customers } клиента
   *[other] { $customers } клиентов
} покупали больше чем в один день только { $repeat }, а чтобы понять, как часто ваши клиенты возвращаются, нужно не меньше { $needed }.
predict-few-repeat = Больше чем в один день покупали только { $repeat ->
    [one] { $repeat } клиент
    [few] { $repeat } клиента
    [many] { $repeat } клиентов
   *[other] { $repeat } клиента
} (цифры становятся надёжнее начиная с { $recommended }): считайте этот прогноз приблизительным.
predict-check-history-short = Модель не проверена: для этого нужно { $needed ->
    [one] { $needed } день
    [few] { $needed } дня
    [many] { $needed } дней
   *[other] { $needed } дня
} продаж, а в истории магазина только { $history }. Прогноз при этом в силе.
predict-check-few-repeat = Модель не проверена: до последнего отрезка больше одного раза покупали только { $repeat ->
    [one] { $repeat } клиент
    [few] { $repeat } клиента
    [many] { $repeat } клиентов
   *[other] { $repeat } клиента
} (нужно { $needed }). Прогноз при этом в силе.
predict-check-fit-failed = Модель не проверена: её не удалось обучить на более ранних продажах. Прогноз при этом в силе.
predict-headline = Около { $likely } из { $customers } ваших клиентов, скорее всего, купят снова в ближайшие { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}.
predict-model-lower-error = Использована модель { $model }: на ваших недавних продажах она ошибалась в среднем на { NUMBER($mae, minimumFractionDigits: 2, maximumFractionDigits: 2) } покупки на клиента, { $other } — на { NUMBER($other-mae, minimumFractionDigits: 2, maximumFractionDigits: 2) }.
predict-model-only = Использована модель { $model }.
predict-model-requested = Использована модель { $model }, как и было указано.
predict-model-other-failed = Использована модель BG/NBD: модель Pareto/NBD не удалось подогнать к этим продажам.
predict-model-default = Использована модель { $model } (обычный выбор, когда модель нельзя проверить).

forecast-months = { $count ->
    [one] { $count } месяц
    [few] { $count } месяца
    [many] { $count } месяцев
   *[other] { $count } месяца
}
forecast-weeks = { $count ->
    [one] { $count } неделя
    [few] { $count } недели
    [many] { $count } недель
   *[other] { $count } недели
}
forecast-hold-out-seasonal = Модель { $model } выбрана по истории без последнего отрезка ({ $span }); на этом отрезке она ошибалась в среднем на { $error }, а прогноз «как год назад» — на { $baseline }.
forecast-hold-out-plain = Модель { $model } выбрана по истории без последнего отрезка ({ $span }); на этом отрезке она ошибалась в среднем на { $error }, а прогноз «как в прошлом периоде» — на { $baseline }.
forecast-coverage = За эти периоды в диапазон { $p80 } попало { $c80 } фактических значений, в диапазон { $p95 } — { $c95 }.
cohorts-came-back-months = Из клиентов, чья первая покупка пришлась на { $cohort }, в течение трёх месяцев вернулись { $share }{ $before ->
    [none] .
   *[other] ; в когорте { $before } — { $before_share }.
}
cohorts-came-back-quarter = Из клиентов, чья первая покупка пришлась на { $cohort }, в следующем квартале вернулись { $share }{ $before ->
    [none] .
   *[other] ; в когорте { $before } — { $before_share }.
}
channels-group = { $name }
predict-check = Проверка на последних { $days ->
    [one] { $days } дне
   *[other] { $days } днях
} ваших продаж, модель обучена только на продажах до них: дней с покупками у ваших клиентов — { $actual }, модель ожидала { $predicted }.{ $auc ->
    [none] {""}
   *[other] {" "}Из двух клиентов — вернувшегося и не вернувшегося — модель выше оценила вернувшегося в { $auc } % случаев.
}
