## The Duplicates tab.

duplicates-title = Duplicates
