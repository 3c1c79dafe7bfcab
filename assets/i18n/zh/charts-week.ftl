# The forecast chart by week: the point of the week not yet over.
charts-legend-so-far-week = 本周至今
