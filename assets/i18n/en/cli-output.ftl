# The command line's tables and summaries (`clientele settings`, `stats`, `import --dry-run`,
# `dedup`, `segments`). Their JSON stays English.

cli-settings-shop-name = shop name
cli-settings-locale = locale
cli-settings-currency = currency
cli-settings-phone-country = phone country
cli-settings-window-language = window language
cli-settings-dates = dates like 03/04/2025
cli-settings-dates-read = { $order ->
    [day] 3 April 2025 (day first)
   *[month] March 4, 2025 (month first)
}
cli-settings-exports = exports
cli-settings-exports-read = decimal { $decimal ->
    [comma] comma
   *[dot] dot
}, CSV delimiter '{ $delimiter }'
cli-columns-read = Columns read:
cli-kept-as-extra = kept as extra: { $columns }
cli-stats-customers = customers
cli-stats-orders = orders
cli-stats-sale-lines = sale lines
cli-stats-revenue = revenue
cli-stats-first-sale = first sale
cli-stats-last-sale = last sale
cli-dedup-compared = { $customers } customers compared ({ $pairs } candidate pairs); recommended threshold { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) }.
cli-dedup-fallback = The model could not learn from this data; default weights used.
cli-dedup-not-judged = { $customers } customers have no name, e-mail or phone and were not compared.
cli-dedup-groups = At { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) }: { $groups } groups of likely duplicates; merging them would merge { $absorbed } customers into others.
cli-dedup-shared-hint = Yet { $pairs } pairs of customers share an e-mail or a phone: try a lower --threshold, or check these customers by hand.
cli-segments-as-of = As of { $as_of }: { $customers } customers with orders.
cli-segments-segment = segment
cli-segments-tier = tier
cli-segments-customers = customers
cli-segments-revenue = revenue
cli-segments-share = share
cli-segments-what-to-do = what to do
cli-segments-top-20 = (the top 20% of customers bring { $share }% of revenue)
cli-segments-lifecycle = lifecycle (typical gap { $gap } days: active within { $active }, at risk within { $risk }, new = first order in the last 90 days)
cli-error = error: { $message }
