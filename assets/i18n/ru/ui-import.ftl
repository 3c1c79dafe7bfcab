## Вкладка «Импорт».

import-title = Импорт

## Надписи, кнопки и подсказки вкладки «Импорт».

import-import = Импорт
import-open-a-file = Открыть файл…
import-ctrl-o = Ctrl+O
import-or-drop-a-file-on = или перетащите файл в окно: CSV, TSV, текст, Excel (XLSX, XLS) или OpenDocument (ODS).
import-bring-in-the-customers-and = Загрузите клиентов и продажи из выгрузки кассы, интернет-магазина, сервиса карт лояльности или из своих таблиц. Прежде чем что-то сохранится, вы увидите, как прочитан файл и чем стал каждый столбец, а любой импорт можно отменить ниже.
import-reading-the-file = Чтение файла…
import-using-the-mapping-from-your = Столбцы сопоставлены так же, как при прошлом импорте этого формата выгрузки.
import-the-file-holds = В файле:
import-format = Формат:
import-encoding = Кодировка:
import-delimiter = Разделитель:
import-sheet = Лист:
import-header-row = Строка заголовков:
import-the-column-names-are-one = Названия столбцов на строку выше
import-the-column-names-are-one-2 = Названия столбцов на строку ниже (над ними строки с заголовком таблицы)
import-decimal-separator = Десятичный разделитель:
import-dates = Даты:
import-row = Строка
import-kept-as-extra = как доп. столбец
import-check = Проверить
import-choose-the-columns-above-the = Выберите столбцы выше; файл будет проверен, как только его можно будет импортировать.
import-checking-every-row-nothing-is = Проверка всех строк (пока ничего не записано)…
import-stop = Остановить
import-cancel = Отмена
import-save-rejected-rows-as-csv = Сохранить отклонённые строки в CSV…
import-open-the-customers-tab = Открыть вкладку «Клиенты»
import-show-all-rejected-rows = Все отклонённые строки
import-import-another-file = Импортировать другой файл…
import-import-another-file-2 = Импортировать другой файл…
import-history = История
import-nothing-has-been-imported-yet = Импортов пока не было.
import-undone = отменён
import-undo = Отменить
import-remove-what-this-import-added = Удалить всё, что добавил этот импорт
import-rejected-rows = Отклонённые строки
import-close = Закрыть
import-this-import-has-no-problems = При этом импорте проблем не было.
import-rejected-rows-2 = Отклонённые строки
import-save-rejected-rows-as-csv-2 = Сохранить отклонённые строки в CSV…
import-counting-what-it-added = Считаем, что добавил этот импорт…
import-contacts-that-a-later-import = Контакты, на которые опирается более поздний импорт или объединение, сохранятся. Импорт останется в истории с пометкой «отменён».
import-undo-the-import = Отменить импорт
import-enter = Enter
import-keep-it = Оставить
import-esc = Esc

## Вкладка «Импорт»: что в файле и как он прочитан.

import-job-check = Проверка файла
import-job-reading = Чтение
# $file — имя файла.
import-job-import = Импорт файла { $file }
import-job-starting = Запуск
import-kind-contacts = Контакты
import-kind-sales = Продажи
# $note — замечание о файле.
import-note = Примечание: { $note }
import-hint-contacts = люди и компании
import-hint-sales = строки продаж: с клиентом или анонимные продажи
# $layout — название формата выгрузки кассы или интернет-магазина.
import-hint-contacts-layout = люди и компании (формат выгрузки { $layout })
import-hint-sales-layout = строки продаж: с клиентом или анонимные продажи (формат выгрузки { $layout })
import-hint-contacts-guessed = люди и компании (определено по столбцам)
import-hint-sales-guessed = строки продаж: с клиентом или анонимные продажи (определено по столбцам)
import-delimiter-tab = Табуляция
import-delimiter-comma = Запятая ,
import-delimiter-semicolon = Точка с запятой ;
import-delimiter-bar = Черта |
import-format-csv = Текст (CSV)
import-format-xlsx = Книга Excel (XLSX)
import-format-xls = Книга Excel 97–2003 (XLS)
import-format-ods = Таблица OpenDocument (ODS)
# $encoding — название кодировки, например UTF-8.
import-encoding-detected = { $encoding } (определена)
import-decimal-dot = Точка: 1234.56
import-decimal-comma = Запятая: 1234,56
import-order-day-first = Сначала день: 31/12/2025
import-order-month-first = Сначала месяц: 12/31/2025
# $example — дата из файла, как она там записана.
import-ask-date-order = Как в этом файле записаны даты? Дату вроде { $example } можно прочитать двумя способами, и ни одна дата в файле этого не проясняет.
# $example — дата из файла; $date — какая это дата, если сначала день.
import-read-day-first = Сначала день: { $example } — это { $date }
# $example — дата из файла; $date — какая это дата, если сначала месяц.
import-read-month-first = Сначала месяц: { $example } — это { $date }
import-day-first = сначала день
import-month-first = сначала месяц
# $count — сколько столбцов.
import-columns-understood = Как понят каждый столбец ({ $count })

## Вкладка «Импорт»: что нашла проверка.

import-tag-rejected = Отклонено
import-tag-warning = Предупреждение
# Группа проблем. $tag — «Отклонено» или «Предупреждение»; $count — сколько, как на экране; $kind — что за проблема.
import-problem-group = { $tag } · { $count } × { $kind }
# $shown — сколько проблем сгруппировано; $total — сколько их всего; оба как на экране.
import-problems-first = Здесь сгруппированы первые { $shown } из { $total } проблем; все они сохранены вместе с импортом.
# Далее $count — число, а $shown — то же число, как на экране.
import-rows-ok = { $count ->
        [one] { $shown } строка в порядке
        [few] { $shown } строки в порядке
        [many] { $shown } строк в порядке
       *[other] { $shown } строки в порядке
    }
import-rows-rejected = { $count ->
        [one] { $shown } строка отклонена
        [few] { $shown } строки отклонены
        [many] { $shown } строк отклонено
       *[other] { $shown } строки отклонены
    }
import-warnings = { $count ->
        [one] { $shown } предупреждение
        [few] { $shown } предупреждения
        [many] { $shown } предупреждений
       *[other] { $shown } предупреждения
    }
import-contacts-added = { $count ->
        [one] Будет добавлен { $shown } контакт
        [few] Будет добавлено { $shown } контакта
        [many] Будет добавлено { $shown } контактов
       *[other] Будет добавлено { $shown } контакта
    }
# $count, $shown — строки продаж; $new — новые клиенты; $known — строки по уже известным клиентам; оба как на экране.
import-sales-summary = { $count ->
        [one] { $shown } строка продаж; новых клиентов: { $new }, строк по уже известным клиентам: { $known }
        [few] { $shown } строки продаж; новых клиентов: { $new }, строк по уже известным клиентам: { $known }
        [many] { $shown } строк продаж; новых клиентов: { $new }, строк по уже известным клиентам: { $known }
       *[other] { $shown } строки продаж; новых клиентов: { $new }, строк по уже известным клиентам: { $known }
    }
import-walk-in = { $count ->
        [one] { $shown } анонимная строка продаж (без клиента): входит в выручку, но ни в чьи показатели
        [few] { $shown } анонимные строки продаж (без клиента): входят в выручку, но ни в чьи показатели
        [many] { $shown } анонимных строк продаж (без клиента): входят в выручку, но ни в чьи показатели
       *[other] { $shown } анонимной строки продаж (без клиента): входят в выручку, но ни в чьи показатели
    }
# Заказы в статусе, который не учитывается (отменён, возврат…). $status — статус, как в файле; $amount — их сумма.
import-set-aside = { $count ->
        [one] { $shown } заказ в статусе «{ $status }» ({ $amount }) сохранён, но не учтён
        [few] { $shown } заказа в статусе «{ $status }» ({ $amount }) сохранены, но не учтены
        [many] { $shown } заказов в статусе «{ $status }» ({ $amount }) сохранены, но не учтены
       *[other] { $shown } заказа в статусе «{ $status }» ({ $amount }) сохранены, но не учтены
    }
# $date — когда; $id — номер импорта; $rows — сколько строк, как на экране.
import-already-imported = Этот файл уже импортирован { $date } (импорт № { $id }, строк: { $rows }). Повторный импорт добавит его строки ещё раз.
import-again-anyway = Всё равно импортировать ещё раз
import-bad-dates = { $count ->
        [one] В { $shown } строке дата продажи раньше 1900 года или больше чем на день в будущем; строка отклонена.
        [few] В { $shown } строках дата продажи раньше 1900 года или больше чем на день в будущем; строки отклонены.
        [many] В { $shown } строках дата продажи раньше 1900 года или больше чем на день в будущем; строки отклонены.
       *[other] В { $shown } строках дата продажи раньше 1900 года или больше чем на день в будущем; строки отклонены.
    }
import-accept-any-date = Принимать даты до 1900 года и в будущем
import-button = { $count ->
        [one] Импортировать { $shown } строку
        [few] Импортировать { $shown } строки
        [many] Импортировать { $shown } строк
       *[other] Импортировать { $shown } строки
    }
import-why-columns = Сначала выберите столбцы, нужные для импорта.
import-why-dates = Сначала укажите, как в этом файле записаны даты (сначала день или сначала месяц).
import-why-again = Этот файл уже импортировали: отметьте «Всё равно импортировать ещё раз», чтобы импортировать его повторно.
import-why-no-row = Ни одну строку этого файла импортировать нельзя.
import-why-checking = Файл можно будет импортировать, когда будут проверены все строки.
# Имя файла с отклонёнными строками. $stem — имя импортированного файла без расширения.
import-rejected-file = { $stem } — отклонённые строки.csv

## Вкладка «Импорт»: итог импорта, история и проблемы.

# $file — имя файла.
import-not-imported = { $file } не импортирован
# $file — имя файла.
import-imported = { $file } импортирован
# Далее числа — как на экране.
import-done-contacts = новых контактов: { $new }
import-done-sales = новых клиентов: { $new }, строк продаж: { $lines } (из них по уже известным клиентам: { $known })
# $imported, $read — строки; $what — что добавлено (одно из двух сообщений выше).
import-done = Импортировано строк: { $imported } из { $read }; { $what }.
import-done-problems = Отклонено строк: { $rejected }; отложено значений с предупреждением: { $warnings }. Подробности:
# $id — номер импорта.
import-saved-as = Сохранено как импорт № { $id }: его можно отменить в истории ниже.
import-history-import = Импорт
import-history-what = Что
import-history-file = Файл
import-history-read = Прочитано
import-history-imported = Импортировано
import-history-rejected = Отклонено
import-history-when = Когда
import-batch-contacts = контакты
import-batch-sales = продажи
import-batch-demo = демо-магазин
import-batch-feedback = отзывы
# $date — когда импорт отменён.
import-undone-on = Отменён { $date }
# $id — номер импорта.
import-problems-of = Проблемы импорта № { $id }
import-problems-row = Строка
import-problems-column = Столбец
import-problems-value = Значение
import-problems-row-as-read = Строка как есть
# $count — сколько отклонённых строк, как на экране; $shown — сколько показано.
import-problems-first-rows = Первые { $shown } из { $count } отклонённых строк; чтобы увидеть все, сохраните их в CSV.
# $id — номер импорта.
import-file-stem = импорт { $id }
# $id — номер импорта.
import-undo-ask = Отменить импорт № { $id }?
import-the-demo-shop = демо-магазин
# $sales, $contacts — как на экране; $file — имя файла.
import-undo-what = Удалить строки продаж ({ $sales }) и контакты ({ $contacts }) этого импорта ({ $file })?
