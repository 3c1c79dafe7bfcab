## Что делает задача, чем она закончилась, и фоновый процесс.

stage-reading-sales = Читаем продажи
stage-reading-products = Читаем товары и каналы
stage-reading-customers = Читаем клиентов
stage-working-out-segments = Считаем сегменты
stage-forecasting = Выбираем модель и строим прогноз
stage-working-out-cohorts = Считаем когорты
stage-working-out-channels = Считаем каналы
stage-predicting = Обучаем модели прогноза по клиентам
stage-writing-file = Записываем файл
stage-laying-out-pages = Верстаем страницы
stage-drawing-preview = Готовим предпросмотр
stage-merging = Объединяем
stage-erasing = Удаляем
stage-creating-demo = Создаём демо-магазин
stage-saving-demo = Сохраняем демо-магазин
stage-checking = Проверяем { $file }
stage-importing = Импортируем { $file }
stage-checked-rows = Проверка: { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
    [many] { $rows } строк
   *[other] { $rows } строки
}
stage-imported-rows = Импорт: { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
    [many] { $rows } строк
   *[other] { $rows } строки
}
stage-detecting-reading = Читаем имена, телефоны и адреса
stage-detecting-learning-chance = Оцениваем, как часто похожи разные люди
stage-detecting-finding-pairs = Ищем возможные пары
stage-detecting-comparing-pairs = Сравниваем возможные пары
stage-detecting-estimating-model = Оцениваем модель
stage-detecting-scoring-pairs = Оцениваем пары
stage-finding-rules = Ищем, что покупают вместе
stage-done = Готово
cancelled-demo = Загрузка демо-магазина отменена, ничего не изменено.
cancelled-check = Проверка остановлена, ничего не записано.
cancelled-import = Импорт отменён, ничего не изменено.
cancelled-merge = Объединение отменено, ничего не объединено.
cancelled-erase = Удаление отменено, ничего не удалено.
cancelled-find-duplicates = Поиск дублей отменён.
cancelled-segments = Расчёт сегментов отменён.
cancelled-report = Подготовка отчёта отменена.
cancelled-baskets = Поиск того, что покупают вместе, отменён.
done-demo = Демо-магазин готов: { $customers ->
    [one] { $customers } клиент
    [few] { $customers } клиента
    [many] { $customers } клиентов
   *[other] { $customers } клиента
} за { $years ->
    [one] { $years } год
    [few] { $years } года
    [many] { $years } лет
   *[other] { $years } года
}.
done-import = Импортировано { $imported } из { $read ->
    [one] { $read } строки
   *[other] { $read } строк
} файла { $file }.
done-report-saved = Отчёт сохранён в { $path }.
done-rows-saved = { $rows ->
    [one] { $rows } строка сохранена
    [few] { $rows } строки сохранены
    [many] { $rows } строк сохранены
   *[other] { $rows } строки сохранены
} в { $path }.
print-no-service = Для печати нужна системная служба печати (программа «{ $program }» не найдена). Сохраните PDF и распечатайте его из программы просмотра PDF.
print-unreachable = Принтер недоступен: { $reason }.
print-no-printer = На этом компьютере не настроен ни один принтер. Добавьте принтер в системных настройках печати или сохраните PDF и распечатайте его на другом компьютере.
print-refused = Принтер не принял отчёт. Сохраните PDF и распечатайте его из программы просмотра PDF.
print-refused-because = Принтер не принял отчёт: { $reason }. Сохраните PDF и распечатайте его из программы просмотра PDF.
done-erased = { $customers ->
    [one] Удалён { $customers } клиент
    [few] Удалено { $customers } клиента
    [many] Удалено { $customers } клиентов
   *[other] Удалено { $customers } клиента
} (очищено записей: { $contacts }); их продажи сохраняются в обезличенных записях.
done-backup-saved = Резервная копия сохранена в { $path }.
privacy-backups-heading = Резервные копии
privacy-backups-folder = Копии хранятся в { $path }: одна в день при открытии окна и ещё одна перед каждым импортом, объединением всех дублей, удалением и восстановлением (хранятся 7 ежедневных и 4 еженедельные копии). Восстановить копию: clientele restore FILE.
privacy-backups-none = Копий пока нет.
privacy-backups-copy = { $name } · { $kb } КБ
privacy-backup-now = Сделать копию сейчас
done-subject-saved = Всё, что хранится о клиенте, сохранено в { $path }.
worker-stopped = Фоновый процесс остановлен: пока он снова не запущен, ничего нельзя прочитать или сохранить, а то, что он делал, не завершено.
worker-restart = Запустить снова
worker-stopped-request = фоновый процесс остановился, не закончив работу; запустите его снова, чтобы продолжить

done-unmerge = { $merges ->
    [one] Отменено { $merges } объединение: клиенты снова разделены.
    [few] Отменено { $merges } объединения: клиенты снова разделены.
    [many] Отменено { $merges } объединений: клиенты снова разделены.
   *[other] Отменено { $merges } объединения: клиенты снова разделены.
}
print-sent = { $job ->
    [none] Отчёт отправлен на принтер.
   *[other] Отчёт отправлен на принтер (задание печати { $job }).
}
