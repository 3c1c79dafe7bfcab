# The forecast chart by week: the point of the week not yet over.
charts-legend-so-far-week = So far this week

# The forecast chart by week: the backtest switch.
charts-show-backtest-weeks = Show the backtest: what the model would have said for past weeks
