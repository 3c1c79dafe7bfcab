## The Baskets tab.

baskets-title = Baskets

## Labels, buttons and tips of the Baskets tab.

baskets-what-sells-together = What sells together
baskets-there-are-no-sales-yet = There are no sales yet. Import a file of sales, or load the demo shop.
baskets-look-at = Look at
baskets-in-at-least = In at least
baskets-the-share-of-all-orders = The share of all orders that hold the products together; the rules are worked out again when the slider is let go
baskets-of-orders = of orders,
baskets-of-the-orders-with-the = Of the orders with the first products, the share that also hold the others
baskets-of-the-time = of the time
baskets-only-rules-with = Only rules with
baskets-a-product = a product
baskets-no-products-sell-together-this = No products sell together this often: lower the thresholds to see weaker links.
baskets-customers-who-buy-also-buy = Customers who buy … also buy …
baskets-sort-by-this-highest-first = Sort by this, highest first
baskets-pairs-that-sell-together = Pairs that sell together
baskets-no-two-products-are-bought = No two products are bought together often enough yet.
baskets-darker-bought-together-more-times = Darker: bought together more times than chance would give.
baskets-customers-to-offer = Customers to offer
baskets-show-in-customers = Show in Customers
baskets-open-the-customers-tab-showing = Open the Customers tab showing only these customers
baskets-save-as-spreadsheet = Save as spreadsheet…
baskets-an-excel-workbook-xlsx-or = An Excel workbook (.xlsx) or a CSV file
baskets-customer = Customer
baskets-because-they-bought = Because they bought
