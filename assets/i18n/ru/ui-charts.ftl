## Вкладка «Графики».

charts-title = Графики

## Надписи, кнопки и подсказки вкладки «Графики».

charts-charts = Графики
charts-hover-for-exact-values-drag = Наведите указатель, чтобы увидеть точные значения. Перетаскивайте, чтобы сдвинуть; прокрутка или щипок — масштаб; двойной щелчок — вернуть как было.
charts-from = С
charts-first-sale = начала
charts-to = по
charts-as-of-date = дату расчёта
charts-write-dates-as-2025-06 = пишите даты так: 2025-06-30
charts-save-as-png = Сохранить в PNG…
charts-save-this-chart-as-an = Сохранить этот график как картинку
charts-there-are-no-sales-before = До даты расчёта продаж нет.
charts-so-far = ещё идёт
charts-orders = Заказы
charts-average-order = Средний чек
charts-no-sale-in-this-range = Ни в одной продаже за этот период это не указано.
charts-this-chart-needs-orders-in = Для этого графика нужны заказы хотя бы за два месяца.
charts-customers-who-ordered-each-month = Клиенты, сделавшие заказ в каждом месяце: заказавшие впервые и вернувшиеся.

## Надписи, кнопки и подсказки разделов «Прогноз» и когорт на вкладке «Графики».

charts-work-out-the-figures-again = Пересчитать
charts-choosing-the-forecast-s-model = Выбираем модель прогноза, считаем когорты и каналы…
charts-no-month-is-complete-yet = Ни один месяц ещё не закончился.
charts-each-row-is-the-customers = Каждая строка — клиенты, впервые купившие в этом месяце; каждый столбец — месяц после первой покупки (0 — месяц первой). В клетке — доля тех, кто сделал заказ в этом месяце.
charts-revenue-per-customer-of-each = Выручка на клиента в каждой из последних двенадцати когорт, нарастающим итогом по месяцам после первого заказа.
charts-a-customer-counts-for-the = Клиент относится к каналу и магазину своего первого заказа. ABC-группы: A приносит 80 % выручки, B — следующие 15 %, C — последние 5 %.

## Список графиков на вкладке «Графики».

charts-chart-revenue = Выручка
charts-chart-orders = Заказы и средний чек
charts-chart-new-returning = Новые и вернувшиеся клиенты
charts-chart-channel = Выручка по каналам
charts-chart-category = Выручка по категориям
charts-chart-store = Выручка по магазинам
charts-chart-segments = Сегменты: размер и выручка
charts-chart-pareto = Кривая Парето
charts-chart-forecast = Прогноз
charts-chart-cohorts = Когорты: кто возвращается
charts-chart-channels = Каналы и магазины

## Периоды и диапазоны на вкладке «Графики».

charts-step-day = День
charts-step-week = Неделя
charts-step-month = Месяц
charts-last-90-days = 90 дней
charts-last-12-months = 12 месяцев
charts-all = Всё время

## Графики: подсказки над столбиками и линиями, легенды, пояснения.

# Столбик ещё не закончившегося периода. $period — период; $day — день последней продажи.
charts-bar-so-far = { $period } (пока по { $day })
# $amount — сумма денег.
charts-tip-revenue = выручка { $amount }
# $amount — выручка за показанные даты.
charts-in-range = { $amount } за этот период.
charts-legend-revenue = Выручка
charts-legend-orders = Заказы
# $count — заказы; $shown — то же число, как на экране.
charts-tip-orders = { $count ->
        [one] { $shown } заказ
        [few] { $shown } заказа
        [many] { $shown } заказов
       *[other] { $shown } заказа
    }
charts-legend-average-order = Средний чек
# $amount — сумма денег.
charts-tip-average-order = средний чек { $amount }
# $label — канал, категория или магазин; $amount — его выручка; $share — его доля выручки.
charts-part-total = { $label }: { $amount } ({ $share })
charts-legend-new = Новые клиенты
charts-legend-returning = Вернувшиеся клиенты
# $count — клиенты.
charts-tip-new = { $count ->
        [one] { $count } новый клиент
        [few] { $count } новых клиента
        [many] { $count } новых клиентов
       *[other] { $count } нового клиента
    }
# $count — клиенты.
charts-tip-returning = { $count ->
        [one] { $count } вернувшийся клиент
        [few] { $count } вернувшихся клиента
        [many] { $count } вернувшихся клиентов
       *[other] { $count } вернувшегося клиента
    }
# $segment — сегмент; $count — его клиенты; $shown — то же число, как на экране.
charts-segment-customers = { $count ->
        [one] { $segment }: { $shown } клиент
        [few] { $segment }: { $shown } клиента
        [many] { $segment }: { $shown } клиентов
       *[other] { $segment }: { $shown } клиента
    }
# $segment — сегмент; $amount — его выручка.
charts-segment-revenue = { $segment }: { $amount }
charts-legend-share-customers = Доля клиентов
charts-legend-share-revenue = Доля выручки
# $share — процент.
charts-tip-share-customers = { $share } клиентов
# $share — процент.
charts-tip-share-revenue = { $share } выручки
# $top — 20 %, как на экране; $share — доля выручки, которую они приносят.
charts-pareto-explained = Клиенты отсортированы от тех, кто потратил больше всех. Лучшие { $top } ваших клиентов приносят { $share } выручки.
charts-legend-even = Если бы все тратили поровну
# $share — доля клиентов; $count — сколько это клиентов, как на экране; $revenue — доля выручки, которую они приносят.
charts-tip-pareto = лучшие { $share } клиентов ({ $count }) приносят { $revenue } выручки

## Прогноз на вкладке «Графики».

charts-show-backtest = Показать проверку на истории: что модель сказала бы о прошлых месяцах
charts-legend-range-95 = Диапазон 95 %
charts-legend-range-80 = Диапазон 80 %
charts-legend-forecast = Прогноз
charts-legend-so-far = Этот месяц пока
charts-legend-backtest = Проверка на истории

## Когорты и каналы на вкладке «Графики».

charts-cohorts-came-back = Вернувшиеся клиенты
charts-cohorts-revenue = Выручка на клиента
# Над столбцом с размерами когорт.
charts-cohorts-customers = клиенты
# Клетка таблицы когорт. $month — первый месяц когорты; $active — сколько клиентов сделали заказ, как на экране; $customers — клиенты когорты, как на экране; $period — месяцев после первого; $share — доля сделавших заказ; $revenue — их выручка; $per_customer — выручка на клиента на сегодня.
charts-cohort-tip = { $month }: в { $period }-м месяце заказали { $active } из { $customers } клиентов ({ $share }); выручка { $revenue }, на клиента пока — { $per_customer }
charts-channels-where = Где купили впервые
charts-channels-customers = Клиенты
charts-channels-back-90 = Снова купили
    за 90 дней
charts-channels-back-365 = Снова купили
    за год
charts-channels-revenue = Выручка на клиента
    за первый год
charts-channels-tier-a = Группа A
charts-channels-tier-b = Группа B
charts-channels-tier-c = Группа C
# $repeated — вернувшиеся клиенты, как на экране; $eligible — клиенты, впервые появившиеся достаточно давно, как на экране.
charts-channels-back-90-tip = { $repeated } из { $eligible } клиентов, впервые появившихся не меньше 90 дней назад
# То же, за год.
charts-channels-back-365-tip = { $repeated } из { $eligible } клиентов, впервые появившихся не меньше года назад
