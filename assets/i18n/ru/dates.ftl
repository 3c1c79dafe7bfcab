## Названия месяцев и дней недели и то, как дата пишется словами.
## month-N: месяц сам по себе, как в заголовке «март 2024 г.» (именительный падеж).
## month-of-N: месяц после числа, как в «5 марта 2024 г.» (родительный падеж).
## month-short-N: краткое название для узких столбцов и осей графиков.

month-1 = январь
month-2 = февраль
month-3 = март
month-4 = апрель
month-5 = май
month-6 = июнь
month-7 = июль
month-8 = август
month-9 = сентябрь
month-10 = октябрь
month-11 = ноябрь
month-12 = декабрь
month-of-1 = января
month-of-2 = февраля
month-of-3 = марта
month-of-4 = апреля
month-of-5 = мая
month-of-6 = июня
month-of-7 = июля
month-of-8 = августа
month-of-9 = сентября
month-of-10 = октября
month-of-11 = ноября
month-of-12 = декабря
month-short-1 = янв.
month-short-2 = февр.
month-short-3 = мар.
month-short-4 = апр.
month-short-5 = мая
month-short-6 = июн.
month-short-7 = июл.
month-short-8 = авг.
month-short-9 = сент.
month-short-10 = окт.
month-short-11 = нояб.
month-short-12 = дек.
weekday-1 = понедельник
weekday-2 = вторник
weekday-3 = среда
weekday-4 = четверг
weekday-5 = пятница
weekday-6 = суббота
weekday-7 = воскресенье
weekday-short-1 = пн
weekday-short-2 = вт
weekday-short-3 = ср
weekday-short-4 = чт
weekday-short-5 = пт
weekday-short-6 = сб
weekday-short-7 = вс

## День словами: $day — число, $month — название month-of (или краткое), $year — год.
date-in-words = { $day } { $month } { $year } г.
## Месяц словами: $month — название month-N (или краткое), $year — год.
month-in-words = { $month } { $year } г.
## День и месяц без года.
day-and-month = { $day } { $month }
