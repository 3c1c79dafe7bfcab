# The forecast chart by week: the point of the week not yet over.
charts-legend-so-far-week = 本周至今

# The forecast chart by week: the backtest switch.
charts-show-backtest-weeks = 显示回测：模型对过去几周会给出的预测
