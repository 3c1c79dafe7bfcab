## Отчёт по кампании (PDF) и ответ командной строки.

campaign-report-title = Отчёт по кампании: { $name }
campaign-report-prepared = Подготовлен { $date }. Продажи учтены с { $start } по { $to }.
campaign-report-window-open = Окно отклика ещё открыто: оно закрывается { $end }.
campaign-report-about = Кампания
campaign-report-field = Параметр
campaign-report-value = Значение
campaign-report-name = Название
campaign-report-goal = Цель
campaign-report-target = Кому
campaign-report-rule = Сужено правилом
campaign-report-channel = Канал
campaign-report-start = Начало
campaign-report-window = Окно отклика
campaign-report-window-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}, с { $start } по { $end }
campaign-report-response = Что считается откликом
campaign-report-response-any = любой заказ
campaign-report-response-product = заказ с товаром { $name }
campaign-report-response-category = заказ из категории { $name }
campaign-report-response-revenue = заказ на сумму больше нуля
campaign-report-cost = Стоимость одного контакта
campaign-report-cost-none = не указана
campaign-report-control-share = Оставлено в контрольной группе
campaign-report-seed = Зерно жеребьёвки
campaign-report-groups = Получившие и контрольная группа
campaign-report-group = Группа
campaign-report-customers = Клиенты
campaign-report-responders = Откликнулись
campaign-report-rate = Доля откликнувшихся
campaign-report-revenue-per-customer = Выручка на клиента
campaign-report-orders-per-customer = Заказов на клиента
campaign-report-target-group = Получили (целевая группа)
campaign-report-control-group = Контрольная группа
campaign-report-chart-note = Доля откликнувшихся в каждой группе; черта на столбце показывает интервал 95 %.
campaign-report-brought = Что дала кампания
campaign-report-measure = Показатель
campaign-report-interval = Интервал 95 %
campaign-report-range = от { $low } до { $high }
campaign-report-points = { $points } п. п.
campaign-report-rate-uplift = Прирост доли откликнувшихся
campaign-report-rpc-uplift = Прирост выручки на клиента
campaign-report-extra-responders = Дополнительные покупатели
campaign-report-extra-revenue = Дополнительная выручка
campaign-report-total-cost = Стоимость контактов
campaign-report-net = Чистый результат (дополнительная выручка минус стоимость)
campaign-report-per-cost = Дополнительная выручка на единицу затрат
campaign-report-verdict = Вывод
campaign-report-left-out = Кто не вошёл в кампанию
campaign-report-reason = Причина
campaign-report-left-total = Всего
campaign-report-left-none = Никто: с каждым клиентом из целевой группы можно связаться по этому каналу.
campaign-report-written = Отчёт по кампании «{ $name }» записан в { $path } ({ $kb } КБ).

## Вкладка «Кампании»: кнопка отчёта и деньги.

campaigns-report-save = Сохранить отчёт (PDF)
campaigns-report-job = Готовим отчёт по кампании
campaigns-rpc-uplift = Выручка на клиента: на { $diff } больше, чем в контрольной группе (с вероятностью 95 %: от { $low } до { $high })
campaigns-extra-revenue = Дополнительная выручка: { $revenue }
campaigns-return = Затраты { $cost }, чистый результат { $net }, { $per } дополнительной выручки на единицу затрат
