## The Charts tab.

charts-title = Charts
