## Вкладка «Отчёты».

reports-title = Отчёты

## Надписи, кнопки и подсказки вкладки «Отчёты».

reports-print-the-report = Печать отчёта
reports-looking-for-printers = Ищем принтеры…
reports-no-printer-is-set-up = На этом компьютере не настроен ни один принтер. Добавьте принтер в настройках системы или сохраните PDF и распечатайте его на другом компьютере.
reports-close = Закрыть
reports-printer = Принтер
reports-copies = Копии
reports-paper = Бумага
reports-cancel = Отмена
reports-report = Отчёт
reports-period = Период
reports-no-sales-in-this-period = За этот период продаж нет: показатели отчёта будут пустыми.
reports-sections = Разделы
reports-none = Снять все
reports-all = Выбрать все
reports-choose-at-least-one-section = Выберите хотя бы один раздел.
reports-paper-2 = Бумага
reports-save-pdf = Сохранить PDF…
reports-save-the-report-as-a = Сохранить отчёт в файл PDF (Ctrl+S)
reports-print = Печать…
reports-choose-a-printer-copies-and = Выберите принтер, число копий и бумагу и распечатайте (Ctrl+P)
reports-yyyy-mm-dd = ГГГГ-ММ-ДД
reports-type-both-dates-as-yyyy = Введите обе даты в виде ГГГГ-ММ-ДД, например 2025-01-31.
reports-the-first-date-is-after = Первая дата позже второй.
reports-use-these-dates = Применить даты
reports-fit-width = По ширине
reports-larger = Крупнее
reports-smaller = Мельче

## Периоды, бумага, печать и предпросмотр на вкладке «Отчёты».

reports-this-month = Этот месяц
reports-last-month = Прошлый месяц
reports-this-quarter = Этот квартал
reports-last-quarter = Прошлый квартал
reports-this-year = Этот год
reports-last-year = Прошлый год
reports-custom = Свои даты
reports-paper-a4 = A4
reports-paper-letter = Letter
reports-sending-to-printer = Отправляем отчёт на принтер…
reports-job = Создание отчёта
reports-job-starting = Запуск
# $printer — имя принтера.
reports-default-printer = { $printer } (по умолчанию)
# $printer — имя принтера.
reports-print-on = Печатать на { $printer }
# $from, $to — первый и последний день периода.
reports-period-dates = с { $from } по { $to }
# $pages — сколько страниц; $size — размер файла в килобайтах, как на экране.
reports-pages-size = { $pages ->
        [one] { $pages } страница · { $size } КБ
        [few] { $pages } страницы · { $size } КБ
        [many] { $pages } страниц · { $size } КБ
       *[other] { $pages } страницы · { $size } КБ
    }
reports-from = С
reports-to = По
# $page — номер страницы; $count — сколько всего страниц.
reports-page-of = Страница { $page } из { $count }

## Вкладка «Отчёты»: имя файла, предлагаемое при сохранении отчёта (без / \ : * ? " < > |).
# $shop — название магазина; $from, $to — первый и последний день в виде ГГГГ-ММ-ДД.
reports-file-name = { $shop } — отчёт с { $from } по { $to }.pdf
# Название магазина в имени файла, если у магазина нет названия.
reports-file-name-shop = Магазин
