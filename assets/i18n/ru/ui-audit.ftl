## Экран «Журнал».

privacy2-audit-title = Журнал
privacy2-audit-intro = Кто, что и когда делал с данными магазина, сначала новые. В записях об удалённых клиентах их данных нет.
privacy2-audit-kind = Тип:
privacy2-audit-every-kind = Все типы
privacy2-audit-search = Поиск:
privacy2-audit-none = Подходящих записей нет.
privacy2-audit-newer = Новее
privacy2-audit-older = Старее
privacy2-audit-when = Когда
privacy2-audit-what = Что
privacy2-audit-details = Подробности
privacy2-audit-kind-import = Импорт
privacy2-audit-kind-undo-import = Импорт отменён
privacy2-audit-kind-merge = Объединение
privacy2-audit-kind-unmerge = Объединение отменено
privacy2-audit-kind-edit = Правка
privacy2-audit-kind-erase = Удаление навсегда
privacy2-audit-kind-export = Выгрузка
privacy2-audit-kind-campaign = Рассылка
privacy2-audit-kind-consent = Согласие
privacy2-audit-kind-contact-note = Заметка о контакте
privacy2-audit-kind-add-feedback = Отзыв добавлен
privacy2-audit-kind-resolve-feedback = Жалоба решена
privacy2-audit-kind-not-duplicate = Не один и тот же человек
privacy2-audit-kind-not-duplicate-removed = Отметка «не один человек» снята
privacy2-audit-kind-settings = Настройки
privacy2-audit-kind-segment-saved = Сегмент сохранён
privacy2-audit-kind-segment-deleted = Сегмент удалён
privacy2-audit-kind-clear = Магазин очищен
privacy2-audit-lines = { $count ->
    [one] Запись { $first } из { $total }
    [few] Записи { $first }–{ $last } из { $total }
    [many] Записи { $first }–{ $last } из { $total }
   *[other] Записи { $first }–{ $last } из { $total }
}
privacy2-audit-detail = { $details }
privacy2-audit-kind-backup = Резервная копия
privacy2-audit-kind-restore = Восстановление из резервной копии
