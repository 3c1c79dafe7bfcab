## 月份和星期的名称，以及日期的文字写法。
## month-N：单独使用的月份，如标题“2024年3月”。
## month-of-N：日期中的月份，如“2024年3月5日”。
## month-short-N：表格窄列和图表坐标轴用的短名称。

month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
month-of-1 = 1月
month-of-2 = 2月
month-of-3 = 3月
month-of-4 = 4月
month-of-5 = 5月
month-of-6 = 6月
month-of-7 = 7月
month-of-8 = 8月
month-of-9 = 9月
month-of-10 = 10月
month-of-11 = 11月
month-of-12 = 12月
month-short-1 = 1月
month-short-2 = 2月
month-short-3 = 3月
month-short-4 = 4月
month-short-5 = 5月
month-short-6 = 6月
month-short-7 = 7月
month-short-8 = 8月
month-short-9 = 9月
month-short-10 = 10月
month-short-11 = 11月
month-short-12 = 12月
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
weekday-short-1 = 周一
weekday-short-2 = 周二
weekday-short-3 = 周三
weekday-short-4 = 周四
weekday-short-5 = 周五
weekday-short-6 = 周六
weekday-short-7 = 周日

## 日期的文字写法：$day 为日，$month 为 month-of 名称（或短名称），$year 为年份。
date-in-words = { $year }年{ $month }{ $day }日
## 年月的文字写法：$month 为 month-N 名称（或短名称），$year 为年份。
month-in-words = { $year }年{ $month }
## 不带年份的日期。
day-and-month = { $month }{ $day }日
