# The forecast chart by week: the point of the week not yet over.
charts-legend-so-far-week = Эта неделя пока

# The forecast chart by week: the backtest switch.
charts-show-backtest-weeks = Показать проверку на истории: что модель сказала бы о прошлых неделях
