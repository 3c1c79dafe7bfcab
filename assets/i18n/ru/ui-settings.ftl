## Окно «Настройки магазина» (язык окна — в ui-language.ftl).
settings-title = Настройки магазина
settings-shop-name = Название магазина
settings-shop-name-hint = печатается в отчётах
settings-locale = Локаль
settings-currency = Валюта
settings-phone-country = Страна для телефонов
settings-phone-country-tip = Номера без кода страны (+…) читаются как номера этой страны (RU, KZ, BY…)
# Под настройками. $day_first — "yes", если 03/04/2025 читается как день, потом месяц; $decimal — "comma" или "dot", десятичный знак выгрузок; $delimiter — знак между столбцами выгрузок.
settings-dates-and-exports = { $day_first ->
        [yes] Даты вроде 03/04/2025 читаются как 3 апреля 2025 г.
       *[no] Даты вроде 03/04/2025 читаются как 4 марта 2025 г.
    } { $decimal ->
        [comma] В выгрузках десятичная запятая и «{ $delimiter }» между столбцами.
       *[dot] В выгрузках десятичная точка и «{ $delimiter }» между столбцами.
    }
settings-save = Сохранить
settings-cancel = Отмена
