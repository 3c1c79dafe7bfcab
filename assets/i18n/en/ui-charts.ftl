## The Charts tab.

charts-title = Charts

## Labels, buttons and tips of the Charts tab.

charts-charts = Charts
charts-hover-for-exact-values-drag = Hover for exact values. Drag to pan, scroll or pinch to zoom, double-click to reset.
charts-from = From
charts-first-sale = first sale
charts-to = to
charts-as-of-date = as-of date
charts-write-dates-as-2025-06 = write dates as 2025-06-30
charts-save-as-png = Save as PNG…
charts-save-this-chart-as-an = Save this chart as an image
charts-there-are-no-sales-before = There are no sales before the as-of date.
charts-so-far = so far
charts-orders = Orders
charts-average-order = Average order
charts-no-sale-in-this-range = No sale in this range says which it was.
charts-this-chart-needs-orders-in = This chart needs orders in at least two months.
charts-customers-who-ordered-each-month = Customers who ordered each month: those ordering for the first time, and those coming back.

## Labels, buttons and tips of the Charts tab's Trends and Forecast.

charts-work-out-the-figures-again = Work out the figures again
charts-choosing-the-forecast-s-model = Choosing the forecast's model and working out cohorts and channels…
charts-no-month-is-complete-yet = No month is complete yet.
charts-each-row-is-the-customers = Each row is the customers who first bought that month; each column a month since (0 = their first). A cell is the share of them who ordered that month.
charts-revenue-per-customer-of-each = Revenue per customer of each of the last twelve cohorts, added up month by month since their first order.
charts-a-customer-counts-for-the = A customer counts for the channel and store of their first order. The value tiers: A brings 80% of revenue, B the next 15%, C the last 5%.
