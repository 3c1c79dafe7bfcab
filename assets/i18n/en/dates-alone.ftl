## month-alone-N: a month's short name standing alone (chart axes, month columns), where month-short-N is said with a day.
month-alone-1 = Jan
month-alone-2 = Feb
month-alone-3 = Mar
month-alone-4 = Apr
month-alone-5 = May
month-alone-6 = Jun
month-alone-7 = Jul
month-alone-8 = Aug
month-alone-9 = Sep
month-alone-10 = Oct
month-alone-11 = Nov
month-alone-12 = Dec
## A month on a chart axis: its short name and the year in two digits ("Mar 24").
month-tick = { $month } { $year }
