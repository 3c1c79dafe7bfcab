## Month and weekday names, and how a date is written in words.
## month-N: the month on its own, as in a heading "March 2024" (nominative).
## month-of-N: the month after a day number, as in "5 March 2024" (genitive where the language has one).
## month-short-N: a short name for tight columns and chart axes.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-of-1 = January
month-of-2 = February
month-of-3 = March
month-of-4 = April
month-of-5 = May
month-of-6 = June
month-of-7 = July
month-of-8 = August
month-of-9 = September
month-of-10 = October
month-of-11 = November
month-of-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun

## A day in words: $day is the day number, $month the month-of name (or the short name),
## $year the year (Chinese writes month-of-3 as 3月, so that its pattern needs no month number).
date-in-words = { $day } { $month } { $year }
## A month in words: $month is the month-N name (or the short name), $year the year.
month-in-words = { $month } { $year }
## A day and its month without the year.
day-and-month = { $day } { $month }
