## The Baskets tab.

baskets-title = Baskets
