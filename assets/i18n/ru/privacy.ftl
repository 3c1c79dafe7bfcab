## Согласие, удаление данных человека, резервные копии.

privacy-consent-heading = Согласие
privacy-channel-email = Эл. почта
privacy-channel-sms = SMS
privacy-channel-post = Почта
privacy-channel-phone = Телефон
privacy-consent-yes = Согласие получено
privacy-consent-no = Отказ
privacy-consent-unknown = Не спрашивали
privacy-consent-since = с { $day }
privacy-consent-history = История согласий ({ $count })
privacy-consent-entry = { $day } · { $channel }: { $state } ({ $source })
privacy-source-import = импорт № { $batch }
privacy-source-window = в окне программы
privacy-source-command-line = в командной строке
privacy-source-earlier = записано, когда история согласий ещё не велась
privacy-export-button = Выгрузить все данные
privacy-export-hover = Записать всё, что хранится об этом клиенте, в файл JSON в папке exports рядом с базой (запрос субъекта персональных данных)
privacy-erase-button = Удалить…
privacy-erase-hover = Удалить этого клиента навсегда по его просьбе: сначала покажет, что будет удалено, и спросит подтверждение
privacy-erase-warning = Это нельзя отменить даже из резервной копии: из копий данные тоже удаляются.
privacy-erase-yes = Удалить навсегда
privacy-erase-title = Удалить клиента № { $customer }?
privacy-erase-job = Удаление клиента
privacy-cancel = Отмена
done-customers-saved = { $customers ->
    [one] { $customers } клиент сохранён
    [few] { $customers } клиента сохранены
    [many] { $customers } клиентов сохранены
   *[other] { $customers } клиента сохранены
} в { $path }.
failed-settings = Настройки не сохранены: { $reason }
failed-segment-save = Сегмент не сохранён: { $reason }
failed-segment-delete = Сегмент не удалён: { $reason }
failed-merge = Ничего не объединено: { $reason }
failed-unmerge = Ничего не отменено: { $reason }
failed-write = Не удалось записать { $path }: { $reason }
