## Поля клиента — подписи рядом с полями ввода («Клиенты», «Дубли», «Сегменты»).

field-first-name = Имя
field-last-name = Фамилия
field-company = Компания
field-email = Эл. почта
field-phone = Телефон
field-street = Улица
field-street2 = Улица (2-я строка)
field-city = Город
field-postcode = Индекс
field-region = Регион
field-country = Страна
field-birth-date = Дата рождения
field-gender = Пол
field-language = Язык
field-marketing-consent = Согласие на рассылку

## Общие элементы, карточки показателей, ход выполнения, фоновые задачи.

widgets-cancel = Отмена

## Прогноз по клиенту в карточке на вкладке «Клиенты».

prediction-predictions = Прогноз по клиенту
prediction-not-worked-out-for-the = Для текущих данных не рассчитан.
prediction-too-little-data-for-predictions = Для прогноза слишком мало данных (см. вкладку «Прогноз по клиентам»).
prediction-no-purchase-on-or-before = До дня расчёта прогноза покупок не было.
prediction-still-a-customer = Ещё покупает?

## Окно выбора файла.

filewindow-folder-or-file = Папка или файл
filewindow-type-or-paste-a-path = Введите или вставьте путь
filewindow-go = Перейти
filewindow-places = Места
filewindow-recent-folders = Недавние папки
filewindow-up-one-folder = ↑ На уровень выше
filewindow-file-name = Имя файла
filewindow-cancel = Отмена

## Пояснения рядом с графиками.

insights-work-out-the-figures-again = Пересчитать
insights-there-are-no-sales-yet = Продаж пока нет, поэтому нет ни сегментов, ни графиков.
insights-import-a-file-of-sales = Импортируйте файл продаж на вкладке «Импорт» (Ctrl+2) или откройте демо-магазин.
insights-working-out-who-your-customers = Разбираемся, кто ваши клиенты и как идут дела магазина…
insights-as-of = На дату
insights-latest-sale = Последняя продажа
insights-yyyy-mm-dd = ГГГГ-ММ-ДД

## Что предложить клиенту дальше.

suggested-suggested-next = Что предложить
suggested-working-out-what-sells-together = Считаем, что покупают вместе…
suggested-nothing-yet-no-product-they = Пока нечего: с тем, что покупал клиент, редко берут то, чего он ещё не покупал.

## Прогноз по клиенту в карточке на вкладке «Клиенты».

# $days — на сколько дней вперёд.
prediction-chance-in-days = { $days ->
        [one] Вероятность снова купить за { $days } день
        [few] Вероятность снова купить за { $days } дня
        [many] Вероятность снова купить за { $days } дней
       *[other] Вероятность снова купить за { $days } дня
    }
# $words — насколько вероятно, словами; $percent — вероятность в процентах.
prediction-alive = { $words } ({ $percent })
# $days — на сколько дней вперёд.
prediction-purchases-in-days = { $days ->
        [one] Ожидаемые покупки за { $days } день
        [few] Ожидаемые покупки за { $days } дня
        [many] Ожидаемые покупки за { $days } дней
       *[other] Ожидаемые покупки за { $days } дня
    }
# $months — на сколько месяцев вперёд.
prediction-value-months = { $months ->
        [one] Ожидаемая ценность за { $months } месяц
        [few] Ожидаемая ценность за { $months } месяца
        [many] Ожидаемая ценность за { $months } месяцев
       *[other] Ожидаемая ценность за { $months } месяца
    }

## Карточки показателей («Обзор»).

# $arrow — ▲ или ▼; $change — изменение в процентах.
widgets-change = { $arrow } { $change } к прошлому периоду
widgets-new-nothing-before = впервые: раньше не было
widgets-no-change = без изменений
# Этап задачи и ход выполнения. $stage — этап; $percent — сколько сделано.
widgets-progress = { $stage } ({ $percent })
# Период на графике. $date — его первый день.
widgets-week-of = неделя с { $date }

## Дата над сегментами и графиками («Сегменты», «Графики»).

insights-show = Показать
insights-date-hint = пишите дату так: 2025-06-30
# $date — день; $count — сколько клиентов; $shown — то же число, как на экране; $revenue — их выручка.
insights-figures-as-of = { $count ->
        [one] Показатели на { $date }: { $shown } клиент с заказами, выручка { $revenue }.
        [few] Показатели на { $date }: { $shown } клиента с заказами, выручка { $revenue }.
        [many] Показатели на { $date }: { $shown } клиентов с заказами, выручка { $revenue }.
       *[other] Показатели на { $date }: { $shown } клиента с заказами, выручка { $revenue }.
    }
# То же, когда это день последней продажи.
insights-figures-as-of-latest = { $count ->
        [one] Показатели на { $date } (день последней продажи): { $shown } клиент с заказами, выручка { $revenue }.
        [few] Показатели на { $date } (день последней продажи): { $shown } клиента с заказами, выручка { $revenue }.
        [many] Показатели на { $date } (день последней продажи): { $shown } клиентов с заказами, выручка { $revenue }.
       *[other] Показатели на { $date } (день последней продажи): { $shown } клиента с заказами, выручка { $revenue }.
    }

## Что предложить клиенту дальше (карточка на вкладке «Клиенты»).

# $rank — место предложения; $product — название товара.
suggested-rank = { $rank }. { $product }
# $bought — что клиент купил; $rule — фраза о том, как часто это идёт вместе с товаром.
suggested-because = Среди покупок — { $bought }: { $rule }.

## Собственное окно выбора файла.

# $folder — папка; $error — почему.
filewindow-cannot-open = Не удалось открыть { $folder }: { $error }
# $path — файл.
filewindow-no-such-file = { $path } не существует.

## Насколько вероятно, что клиент ещё покупает («Прогноз по клиентам», карточка клиента).

alive-still-buying = скорее всего, ещё покупает
alive-slipping = уходит
alive-gone = вероятно, ушёл

## Диалоги файлов: заголовки и типы файлов.

dialogs-title-import = Импорт файла
dialogs-title-csv = Сохранить в CSV
dialogs-title-spreadsheet = Сохранить клиентов
dialogs-title-pdf = Сохранить отчёт
dialogs-title-png = Сохранить график как картинку
dialogs-filter-spreadsheets = Таблицы и CSV
dialogs-filter-all = Все файлы
dialogs-filter-csv = CSV
dialogs-filter-xlsx = Книга Excel
dialogs-filter-pdf = Документ PDF
dialogs-filter-png = Картинка PNG
dialogs-already-open = Окно выбора файла уже открыто.

## Собственное окно выбора файла: места и кнопки.

filewindow-home = Домашняя папка
filewindow-documents = Документы
filewindow-downloads = Загрузки
filewindow-desktop = Рабочий стол
filewindow-save = Сохранить
filewindow-open = Открыть

## Другие общие слова.

prediction-open-predictions = Открыть прогноз по клиентам
suggested-job = Ищем, что покупают вместе
suggested-job-starting = Запуск

## Общие для «Обзора», «Прогноза по клиентам» и «Отзывов»: неудавшаяся задача и список клиентов.
widgets-work-them-out-again = Пересчитать
widgets-show-in-customers = Открыть в «Клиентах»
widgets-show-in-customers-tip = Открыть вкладку «Клиенты» только с этими клиентами
widgets-save-as-spreadsheet = Сохранить в таблицу…
widgets-save-as-spreadsheet-tip = Книга Excel (.xlsx) или файл CSV
