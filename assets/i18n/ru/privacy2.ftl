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
