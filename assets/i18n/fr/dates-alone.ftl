## month-alone-N: a month's short name standing alone (chart axes, month columns), where month-short-N is said with a day.
month-alone-1 = janv.
month-alone-2 = févr.
month-alone-3 = mars
month-alone-4 = avr.
month-alone-5 = mai
month-alone-6 = juin
month-alone-7 = juil.
month-alone-8 = août
month-alone-9 = sept.
month-alone-10 = oct.
month-alone-11 = nov.
month-alone-12 = déc.
## A month on a chart axis: its short name and the year in two digits ("Mar 24").
month-tick = { $month } { $year }
