# The forecast chart by week: the point of the week not yet over.
charts-legend-so-far-week = Այս շաբաթ՝ մինչ այժմ

# The forecast chart by week: the backtest switch.
charts-show-backtest-weeks = Ցույց տալ ստուգումը. ինչ կկանխատեսեր մոդելն անցած շաբաթների համար
