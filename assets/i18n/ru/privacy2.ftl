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
