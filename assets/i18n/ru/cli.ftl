## Что сообщает командная строка о сделанном.

cli-erase-nobody = Ни один клиент не подходит: удалять нечего.
cli-erase-needs-yes = ничего не удалено: чтобы удалить, запустите команду снова с --yes
cli-subject-written = Всё, что хранится о клиенте № { $customer } ({ $lines ->
    [one] { $lines } строка продаж
    [few] { $lines } строки продаж
    [many] { $lines } строк продаж
   *[other] { $lines } строки продаж
}), записано в { $path }.
cli-backup-written = Резервная копия записана в { $path }.
cli-backup-holds = В { $path } { $customers ->
    [one] { $customers } клиент
    [few] { $customers } клиента
    [many] { $customers } клиентов
   *[other] { $customers } клиента
} и { $lines ->
    [one] { $lines } строка продаж
    [few] { $lines } строки продаж
    [many] { $lines } строк продаж
   *[other] { $lines } строки продаж
}, с { $first } по { $last }.
cli-restore-needs-yes = ничего не восстановлено: чтобы восстановить, запустите команду снова с --yes
cli-restored = Копия { $path } восстановлена; клиенты, удалённые после неё ({ $erased }), удалены снова.
cli-customers-shown = Показано { $shown } из { $of ->
    [one] { $of } клиента
   *[other] { $of } клиентов
} (чтобы увидеть больше, используйте --limit)
cli-merged = Объединено: { $absorbed } → { $survivor }.
cli-merge-undone = Объединение № { $merge } отменено: клиент № { $absorbed } ({ $absorbed-name }) снова отдельный клиент; клиенту № { $survivor } ({ $survivor-name }) вернулись его собственные значения там, где объединение их изменило.
cli-demo-saved = Демо-магазин сохранён в { $path }: { $customers ->
    [one] { $customers } клиент
    [few] { $customers } клиента
    [many] { $customers } клиентов
   *[other] { $customers } клиента
}, { $orders ->
    [one] { $orders } заказ
    [few] { $orders } заказа
    [many] { $orders } заказов
   *[other] { $orders } заказа
}, { $lines ->
    [one] { $lines } строка продаж
    [few] { $lines } строки продаж
    [many] { $lines } строк продаж
   *[other] { $lines } строки продаж
}, выручка { $revenue } (с { $first } по { $last }).
cli-imported = Импортировано { $imported } из { $read ->
    [one] { $read } строки
   *[other] { $read } строк
} файла { $file }, номер импорта — { $batch }.
cli-checked = Файл { $file } проверен (ничего не записано): будет импортировано { $imported } из { $read ->
    [one] { $read } строки
   *[other] { $read } строк
}.
cli-import-counts = Новых контактов: { $contacts }, строк продаж: { $sales } (из них у уже известных клиентов: { $known }).
cli-import-problems = Отклонено строк: { $rejected }; отложено значений с предупреждением: { $warnings }. Подробности:
cli-import-more-problems = … (все проблемы — в clientele imports или в --errors-out FILE.csv)
cli-basket-summary = { $orders ->
    [one] { $orders } заказ
    [few] { $orders } заказа
    [many] { $orders } заказов
   *[other] { $orders } заказа
}, { $items ->
    [one] { $items } товар
    [few] { $items } товара
    [many] { $items } товаров
   *[other] { $items } товара
}: частых наборов — { $itemsets }, правил — { $rules }.
cli-basket-written = { $what ->
    [rules] Правила
   *[other] Частые наборы товаров
} записаны в { $path }.
cli-recommend-written = { $rows ->
    [one] { $rows } рекомендация
    [few] { $rows } рекомендации
    [many] { $rows } рекомендаций
   *[other] { $rows } рекомендации
} для { $customers ->
    [one] { $customers } клиента
   *[other] { $customers } клиентов
} записаны в { $path }.
cli-forecast-written = История и прогноз записаны в { $path }.
cli-cohorts-written = { $cohorts ->
    [one] { $cohorts } когорта записана
    [few] { $cohorts } когорты записаны
    [many] { $cohorts } когорт записаны
   *[other] { $cohorts } когорты записаны
} в { $path }.
cli-rfm-written = RFM для { $customers ->
    [one] { $customers } клиента
   *[other] { $customers } клиентов
} на { $as-of } записан в { $path }.
cli-feedback-terms-written = { $rows ->
    [one] { $rows } термин записан
    [few] { $rows } термина записаны
    [many] { $rows } терминов записаны
   *[other] { $rows } термина записаны
} в { $path }.
cli-feedback-unhappy-written = { $rows ->
    [one] { $rows } недовольный клиент записан
    [few] { $rows } недовольных клиента записаны
    [many] { $rows } недовольных клиентов записаны
   *[other] { $rows } недовольного клиента записаны
} в { $path }.
cli-feedback-added = Отзыв № { $id } добавлен клиенту № { $customer }.
cli-feedback-resolved = Отзыв № { $id } отмечен как решённый.
cli-feedback-no-such-language = «{ $code }» — не язык, который понимает таблица терминов: укажите en, fr, ru, zh или hy
cli-feedback-overall = все
cli-feedback-dates-ambiguous = Каждая дата подходит и под день/месяц, и под месяц/день: прочитаны по локали магазина (чтобы выбрать порядок, укажите --date-format).
cli-predict-written = Прогноз для { $customers ->
    [one] { $customers } клиента
   *[other] { $customers } клиентов
} на { $as-of } записан в { $path }.
cli-segment-saved = Сегмент «{ $name }» сохранён: на { $as-of } в него входит { $members ->
    [one] { $members } клиент
    [few] { $members } клиента
    [many] { $members } клиентов
   *[other] { $members } клиента
}.
cli-sales-written = { $lines ->
    [one] { $lines } строка продаж записана
    [few] { $lines } строки продаж записаны
    [many] { $lines } строк продаж записаны
   *[other] { $lines } строки продаж записаны
} в { $path }.
cli-customers-written = { $customers ->
    [one] { $customers } клиент записан
    [few] { $customers } клиента записаны
    [many] { $customers } клиентов записаны
   *[other] { $customers } клиента записаны
} в { $path } (показатели на { $as-of }).
cli-report-written = Отчёт с { $from } по { $to } записан в { $path } ({ $kb } КБ).
cli-report-not-translated = Отчёт пока не переведён на «{ $code }»; он записан на английском.
cli-cannot-write = не удалось записать { $path }
cli-demo-not-saved = не удалось сохранить демо-магазин

cli-import-undone = Импорт № { $batch } отменён: удалено строк продаж: { $sales }, контактов: { $contacts }{ $kept ->
    [0] {""}
   *[other] ; созданные им контакты ({ $kept }) оставлены, потому что их используют более поздние импорты или объединения
}.
cli-erase-preview = Будут удалены данные { $customers ->
    [one] { $customers } клиента
   *[other] { $customers } клиентов
} (записей контактов: { $contacts }): имена, адреса, эл. почта, телефоны и другие столбцы, строки проблем импорта ({ $problems }), снимки объединений ({ $merges }), решения «это разные люди» ({ $pairs }), решения о согласии ({ $consent }) и их значения в журнале изменений (строк: { $audit }). Их строки продаж ({ $lines }) сохранятся в обезличенных записях.
cli-erased = Удалены данные { $customers ->
    [one] { $customers } клиента
   *[other] { $customers } клиентов
} (записей контактов: { $contacts }): имена, адреса, эл. почта, телефоны и другие столбцы, строки проблем импорта ({ $problems }), снимки объединений ({ $merges }), решения «это разные люди» ({ $pairs }), решения о согласии ({ $consent }) и их значения в журнале изменений (строк: { $audit }). Их строки продаж ({ $lines }) сохраняются в обезличенных записях.
cli-customer = { $name ->
    [none] клиент № { $id }
   *[other] клиент № { $id } ({ $name })
}
cli-merge-numbers = { $count ->
    [one] Номер объединения
    [few] Номера объединений
    [many] Номера объединений
   *[other] Номера объединений
} { $numbers }; отменить: clientele unmerge { $undo }
cli-merged-all = Объединено групп: { $groups } при пороге { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) }; присоединено к другим клиентам: { $absorbed } (см. clientele merges; отменить — clientele unmerge).
cli-set-aside = { $orders ->
    [one] { $orders } заказ
    [few] { $orders } заказа
    [many] { $orders } заказов
   *[other] { $orders } заказа
} в статусе «{ $status ->
    [completed] выполнен
    [cancelled] отменён
    [failed] ошибка
    [pending] в обработке
    [refunded] возврат
   *[other] { $status }
}» ({ $amount }) { $orders ->
    [one] сохранён, но не учтён
   *[other] сохранены, но не учтены
}.
basket-rule = В { $per-ten } из 10 заказов с товарами { $antecedents } есть также { $consequents } — в { NUMBER($lift, minimumFractionDigits: 1, maximumFractionDigits: 1) } раза чаще, чем в среднем ({ $orders ->
    [one] { $orders } заказ
    [few] { $orders } заказа
    [many] { $orders } заказов
   *[other] { $orders } заказа
})
cli-feedback-bad-score = «{ $value }» — не оценка по шкале { $scale } ({ $scale ->
    [nps] от 0 до 10
    [thumbs] up или down
   *[other] от 1 до 5
})
