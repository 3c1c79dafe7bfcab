
## Верхняя панель окна, меню, диалоги и строка состояния.

app-the-database-could-not-be = Не удалось открыть базу данных
app-start-clientele-with-db-path = Чтобы открыть другой файл, запустите Clientele с --db PATH или закройте программу, которая сейчас использует этот файл.
app-clientele = Clientele
app-shop-settings = Настройки магазина…
app-shop-name-locale-dates-numbers = Название магазина, локаль (даты, числа), валюта, страна для телефонов
app-the-database-file-everything-clientele = Файл базы данных: в нём всё, что знает Clientele.
app-cancel = Отмена

## Меню оформления, справа вверху.

app-theme = Тема
app-theme-system = Как в системе
app-theme-light = Светлая
app-theme-dark = Тёмная

## Фоновые задачи, в строке состояния.

app-job-starting = Запуск
app-job-saving-customers = Сохранение клиентов
app-job-insights = Расчёт сегментов и графиков
app-job-forecast = Прогноз
app-job-demo = Демо-магазин
# $job — что делается; $stage — насколько продвинулось.
app-job-stage = { $job }: { $stage }
# $customers, $orders — числа; $shown_customers, $shown_orders — они же, как на экране; $revenue — сумма.
app-status-figures = { $customers ->
        [one] { $shown_customers } клиент
        [few] { $shown_customers } клиента
        [many] { $shown_customers } клиентов
       *[other] { $shown_customers } клиента
    } · { $orders ->
        [one] { $shown_orders } заказ
        [few] { $shown_orders } заказа
        [many] { $shown_orders } заказов
       *[other] { $shown_orders } заказа
    } · выручка { $revenue }

## Сообщения в строке состояния.

# $path — куда сохранена картинка.
app-chart-saved = График сохранён в { $path }.
# $path — файл; $error — что случилось.
app-not-written = Не удалось записать { $path }: { $error }
# $error — что случилось.
app-worker-not-started = не удалось запустить фоновый процесс: { $error }
app-busy = Clientele выполняет другую задачу — повторите чуть позже.
app-settings-saved = Настройки сохранены.
app-nothing-to-undo = Нечего отменять.
app-nothing-to-redo = Нечего повторять.
app-drop-file = Отпустите файл, чтобы импортировать его
# $field — название поля; $error — почему.
app-edit-failed = Поле «{ $field }» не изменено: { $error }
# $count — сколько клиентов; $shown — то же число, как на экране.
app-merged = { $count ->
        [one] Объединён { $shown } клиент; отменить можно кнопкой «Отменить объединение» в истории объединений.
        [few] Объединены { $shown } клиента; отменить можно кнопкой «Отменить объединение» в истории объединений.
        [many] Объединены { $shown } клиентов; отменить можно кнопкой «Отменить объединение» в истории объединений.
       *[other] Объединены { $shown } клиента; отменить можно кнопкой «Отменить объединение» в истории объединений.
    }
# $batch — номер импорта; $sales, $contacts — сколько строк продаж и контактов удалено, как на экране.
app-import-undone = Импорт № { $batch } отменён. Удалено строк продаж: { $sales }, контактов: { $contacts }.
# То же; $kept — сколько контактов сохранено, как на экране.
app-import-undone-kept = Импорт № { $batch } отменён. Удалено строк продаж: { $sales }, контактов: { $contacts }. Созданные им контакты ({ $kept }) сохранены: на них опираются более поздние импорты или объединения.
# Поле изменено. $field — название поля; $id — номер клиента; $value — новое значение.
app-edit-saved = Сохранено: у клиента № { $id } поле «{ $field }» теперь «{ $value }».
app-edit-saved-empty = Сохранено: у клиента № { $id } поле «{ $field }» теперь пустое.
app-edit-undone = Отменено: у клиента № { $id } поле «{ $field }» снова «{ $value }».
app-edit-undone-empty = Отменено: у клиента № { $id } поле «{ $field }» снова пустое.
app-edit-redone = Повторено: у клиента № { $id } поле «{ $field }» теперь «{ $value }».
app-edit-redone-empty = Повторено: у клиента № { $id } поле «{ $field }» теперь пустое.
