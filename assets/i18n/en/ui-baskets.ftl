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

## The Baskets tab's choices, rules and suggestions.

baskets-products = products
baskets-categories = categories
# $rules: how many rules; $shown_rules: the same number as written on screen; $orders: how many orders; $shown_orders: the same number as written on screen.
baskets-rules-kept = { $rules ->
        [one] { $shown_rules } rule
       *[other] { $shown_rules } rules
    } in { $orders ->
        [one] { $shown_orders } order
       *[other] { $shown_orders } orders
    }, kept by these thresholds
baskets-column-orders = Orders
baskets-column-support = Support
baskets-column-confidence = Confidence
baskets-column-lift = Lift
# $a, $b: two products or categories; $lift: how many times more often, with one decimal.
baskets-pair-tip = { $a } and { $b }: { $lift } times more often together than by chance
baskets-next-product-tip = The product they are most likely to buy next
baskets-next-category-tip = The category they are most likely to buy next
# $item: a product; $count: how many customers.
baskets-offer-choice = { $item } ({ $count })
# $count: customers; $shown: the same number as written on screen; $item: the product.
baskets-best-next-product = { $count ->
        [one] { $shown } customer whose best next product is { $item }
       *[other] { $shown } customers whose best next product is { $item }
    }
# As above, for a category.
baskets-best-next-category = { $count ->
        [one] { $shown } customer whose best next category is { $item }
       *[other] { $shown } customers whose best next category is { $item }
    }
# The title of the list, and of its file. $item: a product or category.
baskets-offer-title = Customers to offer { $item }
baskets-consented-only = Only customers who agreed to marketing
