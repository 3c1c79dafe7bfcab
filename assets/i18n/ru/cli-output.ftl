# Таблицы и сводки командной строки. Их JSON остаётся на английском.

cli-settings-shop-name = название магазина
cli-settings-locale = региональный формат
cli-settings-currency = валюта
cli-settings-phone-country = страна телефонов
cli-settings-window-language = язык окна
cli-settings-dates = даты вида 03/04/2025
cli-settings-dates-read = { $order ->
    [day] 3 апреля 2025 (сначала день)
   *[month] 4 марта 2025 (сначала месяц)
}
cli-settings-exports = выгрузки
cli-settings-exports-read = десятичный разделитель — { $decimal ->
    [comma] запятая
   *[dot] точка
}, разделитель CSV «{ $delimiter }»
cli-columns-read = Прочитанные столбцы:
cli-kept-as-extra = сохранены как дополнительные: { $columns }
cli-stats-customers = клиенты
cli-stats-orders = заказы
cli-stats-sale-lines = строки продаж
cli-stats-revenue = выручка
cli-stats-first-sale = первая продажа
cli-stats-last-sale = последняя продажа
cli-dedup-compared = Сравнено клиентов: { $customers } (пар-кандидатов: { $pairs }); рекомендуемый порог { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) }.
cli-dedup-fallback = По этим данным модель не смогла обучиться; взяты веса по умолчанию.
cli-dedup-not-judged = Без имени, эл. почты и телефона, поэтому не сравнивались: { $customers }.
cli-dedup-groups = При пороге { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) }: групп вероятных дублей — { $groups }; их объединение сольёт клиентов с другими: { $absorbed }.
cli-dedup-shared-hint = При этом пар клиентов с общей эл. почтой или телефоном: { $pairs }. Попробуйте порог --threshold пониже или проверьте этих клиентов вручную.
cli-segments-as-of = На { $as_of }: клиентов с заказами — { $customers }.
cli-segments-segment = сегмент
cli-segments-tier = группа
cli-segments-customers = клиенты
cli-segments-revenue = выручка
cli-segments-share = доля
cli-segments-what-to-do = что делать
cli-segments-top-20 = (лучшие 20 % клиентов дают { $share } % выручки)
cli-segments-lifecycle = жизненный цикл (обычный перерыв { $gap } дн.: активные — до { $active } дн., под угрозой — до { $risk }, новые — первый заказ за последние 90 дней)
cli-error = ошибка: { $message }
