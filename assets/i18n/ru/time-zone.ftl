# Часовой пояс магазина: настройки, командная строка и примечание импорта.
time-zone-label = Часовой пояс
time-zone-computers = Как на компьютере ({ $zone })
time-zone-hint = Время, записанное с поясом, и время из файлов, формат которых указывает UTC, читается в этом поясе.
time-zone-search = Введите часть названия: Moscow, Paris…
time-zone-none-found = Нет часового пояса с таким названием.
time-zone-unknown = «{ $zone }» — неизвестный Clientele часовой пояс: укажите название из базы tz, например Europe/Moscow или Europe/Paris, или «system», чтобы взять пояс компьютера.
time-zone-cli-label = часовой пояс
time-zone-cli-computers = { $zone } (как на компьютере)
time-zone-note-converted = Время, записанное в поясе { $from }, переведено в часовой пояс магазина ({ $to }).
