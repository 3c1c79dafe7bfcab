# The shop's lifetime value settings: margin and monthly discount rate (issue 21).
clv-settings-bad-margin = Маржа должна быть в процентах от 0 до 100, а не { $percent }.
clv-settings-bad-discount = Месячная ставка дисконтирования должна быть от 0 до { $max } %, а не { $percent } %.
clv-settings-cli-margin = маржа
clv-settings-cli-discount = месячная ставка дисконтирования
clv-settings-cli-percent = { $percent } %
clv-settings-margin = Маржа
clv-settings-margin-tip = Доля каждой продажи, которая остаётся вам как прибыль. Ценность клиента считается только по этой доле (100 % — вся сумма покупок).
clv-settings-discount = Ставка дисконтирования в месяц
clv-settings-discount-tip = Насколько продажа в следующем месяце стоит для вас меньше, чем продажа сегодня, при подсчёте ценности клиента. Обычно 1 % в месяц.
