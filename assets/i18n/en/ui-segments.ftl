## The Segments tab.

segments-title = Segments
