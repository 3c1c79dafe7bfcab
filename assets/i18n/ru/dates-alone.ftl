## month-alone-N: краткое название месяца без числа (оси графиков, столбцы месяцев), в именительном падеже; month-short-N — с числом («5 мая»).
month-alone-1 = янв.
month-alone-2 = февр.
month-alone-3 = март
month-alone-4 = апр.
month-alone-5 = май
month-alone-6 = июнь
month-alone-7 = июль
month-alone-8 = авг.
month-alone-9 = сент.
month-alone-10 = окт.
month-alone-11 = нояб.
month-alone-12 = дек.
## A month on a chart axis: its short name and the year in two digits ("Mar 24").
month-tick = { $month } { $year }
