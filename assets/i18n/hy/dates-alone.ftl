## month-alone-N: a month's short name standing alone (chart axes, month columns), where month-short-N is said with a day.
month-alone-1 = հնվ
month-alone-2 = փտվ
month-alone-3 = մրտ
month-alone-4 = ապր
month-alone-5 = մյս
month-alone-6 = հնս
month-alone-7 = հլս
month-alone-8 = օգս
month-alone-9 = սեպ
month-alone-10 = հոկ
month-alone-11 = նոյ
month-alone-12 = դեկ
## A month on a chart axis: its short name and the year in two digits.
month-tick = { $month } { $year }
