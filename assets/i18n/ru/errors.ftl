## Ошибки операций: правила сегментов, экспорт, отчёты, анализ корзины.

error-preview = не удалось прочитать отчёт для предпросмотра ({ $detail })
rule-unreadable = правило записано неверно: { $why } (как записывать правила — см. docs/segment-rules.md)
rule-group-with-more = в группе есть «{ $key }», и больше ничего рядом быть не должно
rule-group-needs-list = для «{ $key }» нужен список правил
rule-not-a-rule = правило — это условие, например {"{"}"field": "city", "op": "is", "value": "Lyon"{"}"}, или группа {"{"}"all": [...]{"}"} / {"{"}"any": [...]{"}"}
rule-op-not-for-field = «{ $op }» нельзя использовать с полем { $field }
rule-between-needs-two = для { $field } between нужны два числа, например [10, 50]
rule-needs-number = для { $field } { $op } нужно число
rule-in-needs-list = для { $field } is one of нужен список значений, например ["Lyon", "Paris"]
rule-needs-texts = для { $field } { $op } нужен текст или список текстов, например "Roses" или ["Roses", "Tulips"]
rule-needs-text = для { $field } { $op } нужно текстовое значение
rule-unknown-value = «{ $value }» — недопустимое значение для { $field }: выберите одно из { $known }
export-cannot-write = не удалось записать { $path }: { $reason }
export-too-many-rows = { $rows ->
    [one] { $rows } строка не помещается
    [few] { $rows } строки не помещаются
    [many] { $rows } строк не помещаются
   *[other] { $rows } строки не помещаются
} в одну таблицу (не больше { $max }); выгрузите их в файл .csv
report-fonts = не удалось загрузить шрифты отчёта
report-chart = не удалось построить график: { $detail }
report-pdf = не удалось записать PDF: { $detail }
sections-unknown = неизвестный раздел отчёта «{ $word }»; разделы: { $known }
sections-empty = укажите хотя бы один раздел отчёта
baskets-not-a-decimal = «{ $text }» — не десятичное число вида 0.05
baskets-ratio-out-of-range = «{ $text }» — не число от 0 до 1 (не больше 18 знаков после точки)
baskets-too-many-itemsets = больше { $limit } частых наборов товаров: повысьте минимальную поддержку
baskets-cancelled = анализ корзины отменён
cancelled-predict = Расчёт прогноза по клиентам отменён.
error-predict = Прогноза по клиентам нет: { $detail }.
error-write = не удалось записать { $path }: { $reason }
error-print-file = Не удалось подготовить отчёт к печати: { $reason }.
error-has-data = В { $path } уже есть данные, поэтому демо-магазин не загружен. Чтобы заменить эти данные демо-магазином, добавьте --force, а чтобы выбрать другой файл — --db.
error-threshold = порог — это вероятность от 0 до 1 (например, 0.9), а не { $threshold }
error-name-taken = «{ $name }» — уже название сегмента, ABC-группы или стадии жизненного цикла; выберите другое название
error-no-such-segment = нет сегмента, ABC-группы, стадии жизненного цикла или сохранённого сегмента с названием «{ $name }»
error-segment-not-named = укажите сегмент для экспорта, например: clientele export segment "At risk" --out at-risk.csv
error-period = --from { $from } позже, чем --to { $to }; сначала укажите первый день периода
error-export-format = { $path }: дайте файлу расширение .csv или .xlsx — по нему выбирается формат записи
error-internal = задача остановилась из-за внутренней ошибки, ничего не изменено ({ $detail }); пожалуйста, сообщите о ней

rule-said = { $said }
export-xlsx = { $detail }
