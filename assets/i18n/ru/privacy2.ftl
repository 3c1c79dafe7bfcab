## Маркетинговые списки по каналам, охват согласий, выгрузка данных клиента в PDF.

privacy2-withheld = Не выгружено без согласия: { $left-out ->
    [one] { $left-out } клиент исключён
    [few] { $left-out } клиента исключены
    [many] { $left-out } клиентов исключены
   *[other] { $left-out } клиента исключены
}, { $emails ->
    [one] { $emails } адрес e-mail
    [few] { $emails } адреса e-mail
    [many] { $emails } адресов e-mail
   *[other] { $emails } адреса e-mail
}, { $phones ->
    [one] { $phones } номер телефона
    [few] { $phones } номера телефонов
    [many] { $phones } номеров телефонов
   *[other] { $phones } номера телефонов
}, { $addresses ->
    [one] { $addresses } почтовый адрес
    [few] { $addresses } почтовых адреса
    [many] { $addresses } почтовых адресов
   *[other] { $addresses } почтового адреса
}.
privacy2-marketing-list-saved = { $customers ->
    [one] { $customers } клиент сохранён
    [few] { $customers } клиента сохранены
    [many] { $customers } клиентов сохранены
   *[other] { $customers } клиента сохранены
} в { $path }. Не выгружено без согласия: { $left-out ->
    [one] { $left-out } клиент исключён
    [few] { $left-out } клиента исключены
    [many] { $left-out } клиентов исключены
   *[other] { $left-out } клиента исключены
}, { $emails ->
    [one] { $emails } адрес e-mail
    [few] { $emails } адреса e-mail
    [many] { $emails } адресов e-mail
   *[other] { $emails } адреса e-mail
}, { $phones ->
    [one] { $phones } номер телефона
    [few] { $phones } номера телефонов
    [many] { $phones } номеров телефонов
   *[other] { $phones } номера телефонов
}, { $addresses ->
    [one] { $addresses } почтовый адрес
    [few] { $addresses } почтовых адреса
    [many] { $addresses } почтовых адресов
   *[other] { $addresses } почтового адреса
}.
privacy2-report-consent = Согласия
privacy2-report-consent-note = Что ответили клиенты ({ $v1 }) по каждому каналу — по данным файла на сегодня, а не только за период. «Не спрашивали» — ответ не записан.
privacy2-report-consent-none = Клиентов пока нет.
privacy2-report-channel = Канал
privacy2-report-yes = Да
privacy2-report-no = Нет
privacy2-report-unknown = Не спрашивали
privacy2-report-count-share = { $v1 } ({ $v2 })
privacy2-report-email = E-mail
privacy2-report-sms = SMS
privacy2-report-post = Почта
privacy2-report-phone = Телефон
privacy2-pdf-title = Все данные о клиенте { $customer }
privacy2-pdf-intro = Составлено { $day } по запросу клиента: все данные о нём в файле магазина — покупки, объединения, согласия, рассылки, контакты, отзывы и журнал действий с его данными.
privacy2-pdf-empty = Нет.
privacy2-pdf-item = № { $n }
privacy2-pdf-details = Контактные данные
privacy2-pdf-extra = Другие столбцы импортированных файлов
privacy2-pdf-consent = Согласия сейчас
privacy2-pdf-consent-history = История согласий
privacy2-pdf-sales = Покупки
privacy2-pdf-merges = Объединения
privacy2-pdf-campaigns = Рассылки
privacy2-pdf-contact-history = История контактов
privacy2-pdf-feedback = Отзывы
privacy2-pdf-audit = Журнал действий с этими данными
privacy2-key-customer = Номер клиента
privacy2-key-contact = Запись
privacy2-key-source = Источник
privacy2-key-created = Добавлен
privacy2-key-updated = Изменён
privacy2-key-merged-contacts = Объединённые записи
privacy2-key-fields = Поля
privacy2-key-channel = Канал
privacy2-key-state = Ответ
privacy2-key-decided-on = Дата решения
privacy2-key-recorded-at = Записано
privacy2-key-batch = Импорт
privacy2-key-id = Номер
privacy2-key-order = Заказ
privacy2-key-sold-at = Дата продажи
privacy2-key-product = Товар
privacy2-key-category = Категория
privacy2-key-quantity = Количество
privacy2-key-amount = Сумма
privacy2-key-merge = Объединение
privacy2-key-survivor = Оставленная запись
privacy2-key-absorbed = Объединённая запись
privacy2-key-saved = Значения до объединения
privacy2-key-score = Оценка
privacy2-key-decided-by = Кто решил
privacy2-key-merged-at = Дата объединения
privacy2-key-undone-at = Отменено
privacy2-key-campaign = Рассылка
privacy2-key-goal = Цель
privacy2-key-start-date = Начало
privacy2-key-group = Группа
privacy2-key-segment = Сегмент
privacy2-key-at = Когда
privacy2-key-kind = Тип
privacy2-key-note = Заметка
privacy2-key-date = Дата
privacy2-key-text = Текст
privacy2-key-status = Статус
privacy2-key-resolved-at = Решено
privacy2-key-resolved-note = Комментарий к решению
privacy2-key-action = Действие
privacy2-key-detail = Подробности
privacy2-export-pdf-button = Выгрузить в PDF
privacy2-export-pdf-hover = Записать все данные об этом клиенте в PDF в папку exports рядом с базой
privacy2-pdf-merged-records = Записи, объединённые с этим клиентом
