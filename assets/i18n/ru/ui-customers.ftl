## Вкладка «Клиенты».

customers-title = Клиенты
customers-loading = Загрузка клиентов…
customers-search-hint = Поиск: имя, код, эл. почта, телефон, город (Ctrl+F)
customers-clear = Очистить
customers-save-spreadsheet = Сохранить в таблицу…
customers-save-spreadsheet-hint = Клиенты из списка (с учётом поиска) — книгой Excel (.xlsx) или файлом CSV
# Список, открытый с другого экрана. $what — кто эти клиенты (например, название сегмента); $count — сколько; $shown — то же число, как на экране.
customers-showing-only = { $count ->
        [one] Показаны только «{ $what }»: { $shown } клиент
        [few] Показаны только «{ $what }»: { $shown } клиента
        [many] Показаны только «{ $what }»: { $shown } клиентов
       *[other] Показаны только «{ $what }»: { $shown } клиента
    }
customers-show-all = Показать всех клиентов
# Имя файла, предлагаемое при сохранении всех клиентов, без расширения.
customers-file-name = Клиенты
# $count — сколько клиентов у магазина; $shown — то же число, как на экране.
customers-count = { $count ->
        [one] { $shown } клиент
        [few] { $shown } клиента
        [many] { $shown } клиентов
       *[other] { $shown } клиента
    }
# $count — сколько клиентов подходит под поиск, $shown — то же число, как на экране; $total — сколько всего клиентов, как на экране.
customers-match = { $count ->
        [one] Найден { $shown } клиент из { $total }
        [few] Найдено { $shown } клиента из { $total }
        [many] Найдено { $shown } клиентов из { $total }
       *[other] Найдено { $shown } клиента из { $total }
    }

## Заголовки столбцов таблицы клиентов.

customers-column-name = Имя
customers-column-reference = Код
customers-column-email = Эл. почта
customers-column-phone = Телефон
customers-column-city = Город
customers-column-orders = Заказы
customers-column-revenue = Выручка
customers-column-last-order = Последний заказ
customers-sort-hint = Сортировать по этому столбцу; щёлкните ещё раз, чтобы изменить порядок
# Клиент без имени, известный по коду магазина ($reference).
customers-unnamed-ref = Клиент { $reference }
# Клиент без имени и кода, известный по номеру ($id).
customers-unnamed = Клиент № { $id }

## Карточка клиента, справа на вкладке «Клиенты».

customers-close = × Закрыть
customers-close-hint = Закрыть карточку (Esc)
customers-undo = Отменить
customers-undo-hint = Отменить последнее изменение (Ctrl+Z)
customers-redo = Повторить
customers-redo-hint = Повторить (Ctrl+Shift+Z)
# $id — номер клиента.
customers-loading-one = Загрузка клиента № { $id }…
# Сведения под именем клиента, через « · ». $id — номер клиента.
customers-fact-id = Клиент № { $id }
# $reference — собственный код клиента в магазине.
customers-fact-ref = код { $reference }
# $source — файл, из которого импортирован клиент.
customers-fact-source = из { $source }
# $date — день, когда клиент добавлен.
customers-fact-added = добавлен { $date }
# $ids — номера контактов, объединённых с этим.
customers-absorbed = С этим клиентом объединены контакты { $ids }.
customers-other-columns = Другие столбцы из файла
customers-birth-date-hint = ГГГГ-ММ-ДД

## Заказы клиента, внизу карточки.

# $count — сколько заказов; $shown — то же число, как на экране; $lines — сколько строк; $shown_lines — то же число, как на экране; $amount — их сумма.
customers-orders-summary = { $count ->
        [one] { $shown } заказ
        [few] { $shown } заказа
        [many] { $shown } заказов
       *[other] { $shown } заказа
    } · { $lines ->
        [one] { $shown_lines } строка
        [few] { $shown_lines } строки
        [many] { $shown_lines } строк
       *[other] { $shown_lines } строки
    } · { $amount }
customers-no-purchases = Покупок пока нет.
customers-no-receipt = без номера чека
customers-no-product = (без товара)
