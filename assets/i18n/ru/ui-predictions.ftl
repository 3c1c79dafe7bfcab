## Вкладка «Прогноз по клиентам».

predictions-title = Прогноз по клиентам

## Надписи, кнопки и подсказки вкладки «Прогноз по клиентам».

predictions-predictions = Прогноз по клиентам
predictions-once-your-shop-has-sales = Когда у магазина появятся продажи, здесь будет видно, какие клиенты, скорее всего, купят снова.
predictions-work-them-out-again = Пересчитать
predictions-is-the-model-right-for = Подходит ли модель вашему магазину?
predictions-working-out-the-value-tiers = Считаем ABC-группы…
predictions-show-in-customers = Открыть в «Клиентах»
predictions-open-the-customers-tab-showing = Открыть вкладку «Клиенты» только с этими клиентами
predictions-save-as-spreadsheet = Сохранить в таблицу…
predictions-an-excel-workbook-xlsx-or = Книга Excel (.xlsx) или файл CSV
predictions-customer = Клиент
predictions-still-a-customer = Ещё покупает?
predictions-value-at-risk = Под угрозой
predictions-still-a-customer-2 = Ещё покупает?
predictions-predicted-against-what-happened = Прогноз и что было на самом деле
predictions-not-checked-see-above = Не проверено (см. выше).

## Показатели и списки вкладки «Прогноз по клиентам».

predictions-job = Расчёт прогноза по клиентам
predictions-job-starting = Запуск
# $date — день последней продажи.
predictions-from-sales = По вашим продажам до { $date } включительно.
# $days — на сколько дней вперёд; $expected — ожидаемая выручка; $months — число месяцев; $worth — сколько клиенты принесут за них.
predictions-revenue = Ожидаемая выручка от этих клиентов за следующие { $days } дн.: { $expected }. За следующие { $months } мес. они принесут { $worth }.
# То же, с диапазоном, в который выручка, скорее всего, попадёт: от $low до $high.
predictions-revenue-range = Ожидаемая выручка от этих клиентов за следующие { $days } дн.: { $expected } (скорее всего, от { $low } до { $high }). За следующие { $months } мес. они принесут { $worth }.
predictions-worth-saving = Стоит удержать
predictions-worth-saving-explained = Клиенты, которые уже возвращались, а теперь уходят, — по сумме под угрозой: сколько они принесут, если останутся, умноженное на оставшийся шанс, что они ещё покупают.
predictions-likely-to-leave = Могут уйти
predictions-likely-to-leave-explained = Ваши лучшие клиенты (ABC-группы A и B), которые, вероятно, перестали покупать или у которых несколько нерешённых жалоб, — по сумме под угрозой.
# $count — клиенты; $shown — то же число, как на экране; $amount — сумма под угрозой; $months — число месяцев.
predictions-at-risk = { $count ->
        [one] { $shown } клиент, под угрозой { $amount } за следующие { $months } мес.
        [few] { $shown } клиента, под угрозой { $amount } за следующие { $months } мес.
        [many] { $shown } клиентов, под угрозой { $amount } за следующие { $months } мес.
       *[other] { $shown } клиента, под угрозой { $amount } за следующие { $months } мес.
    }
# $days — на сколько дней вперёд.
predictions-buys-in-days = Купит за { $days } дн.
# $words — насколько вероятно, словами; $percent — вероятность.
predictions-alive = { $words } ({ $percent })
# $rows — сколько строк показано; $count — сколько их всего.
predictions-first-rows = Показаны первые { $rows }; кнопки работают со всеми ({ $count }).
predictions-legend-customers = Клиенты
predictions-by-chance = Клиенты по вероятности, что они ещё покупают (%)
# $months — число месяцев.
predictions-worth-over = Принесут за { $months } мес.
# $amount — сумма, выше которой клиенты попадают в последний столбик.
predictions-by-value = Клиенты по ценности (в последнем столбике — все выше { $amount })
predictions-legend-happened = На самом деле
# $days — дни, на которых проверялась модель.
predictions-check-explained = Покупки на клиента за последние { $days } дн. в зависимости от числа покупок до того (7 — 7 и больше)
