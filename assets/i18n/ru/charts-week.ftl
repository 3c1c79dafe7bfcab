# The forecast chart by week: the point of the week not yet over.
charts-legend-so-far-week = Эта неделя пока
