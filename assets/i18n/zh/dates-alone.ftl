## month-alone-N: a month's short name standing alone (chart axes, month columns), where month-short-N is said with a day.
month-alone-1 = 1月
month-alone-2 = 2月
month-alone-3 = 3月
month-alone-4 = 4月
month-alone-5 = 5月
month-alone-6 = 6月
month-alone-7 = 7月
month-alone-8 = 8月
month-alone-9 = 9月
month-alone-10 = 10月
month-alone-11 = 11月
month-alone-12 = 12月
## A month on a chart axis: its short name and the year in two digits.
month-tick = { $year }年{ $month }
