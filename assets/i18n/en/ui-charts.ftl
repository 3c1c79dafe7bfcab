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

## The Charts tab's list of charts.

charts-chart-revenue = Revenue
charts-chart-orders = Orders and average order
charts-chart-new-returning = New and returning customers
charts-chart-channel = Revenue by channel
charts-chart-category = Revenue by category
charts-chart-store = Revenue by store
charts-chart-segments = Segments: size and revenue
charts-chart-pareto = Pareto curve
charts-chart-forecast = Forecast
charts-chart-cohorts = Cohorts: who comes back
charts-chart-channels = Channels and stores

## The Charts tab's periods and ranges.

charts-step-day = Day
charts-step-week = Week
charts-step-month = Month
charts-last-90-days = Last 90 days
charts-last-12-months = Last 12 months
charts-all = All

## The Charts tab's charts: tips over the bars and lines, legends, sentences.

# A bar of a period not over yet. $period: the period; $day: the latest sale's day.
charts-bar-so-far = { $period } so far (up to { $day })
# $amount: an amount of money.
charts-tip-revenue = revenue { $amount }
# $amount: the revenue of the dates shown.
charts-in-range = { $amount } in this range.
charts-legend-revenue = Revenue
charts-legend-orders = Orders
# $count: orders; $shown: the same number as written on screen.
charts-tip-orders = { $count ->
        [one] { $shown } order
       *[other] { $shown } orders
    }
charts-legend-average-order = Average order
# $amount: an amount of money.
charts-tip-average-order = average order { $amount }
# $label: a channel, category or store; $amount: its revenue; $share: its share of revenue.
charts-part-total = { $label }: { $amount } ({ $share })
charts-legend-new = New customers
charts-legend-returning = Returning customers
# $count: customers.
charts-tip-new = { $count ->
        [one] { $count } new customer
       *[other] { $count } new customers
    }
# $count: customers.
charts-tip-returning = { $count ->
        [one] { $count } returning customer
       *[other] { $count } returning customers
    }
# $segment: a segment; $count: its customers; $shown: the same number as written on screen.
charts-segment-customers = { $count ->
        [one] { $segment }: { $shown } customer
       *[other] { $segment }: { $shown } customers
    }
# $segment: a segment; $amount: its revenue.
charts-segment-revenue = { $segment }: { $amount }
charts-legend-share-customers = Share of customers
charts-legend-share-revenue = Share of revenue
# $share: a percentage.
charts-tip-share-customers = { $share } of customers
# $share: a percentage.
charts-tip-share-revenue = { $share } of revenue
# $top: 20 %, as written on screen; $share: the share of revenue they bring.
charts-pareto-explained = Customers sorted from the biggest spender down. Your top { $top } of customers bring { $share } of revenue.
charts-legend-even = Everyone spending the same
# $share: a share of customers; $count: how many customers that is, as written on screen; $revenue: the share of revenue they bring.
charts-tip-pareto = the top { $share } of customers ({ $count }) bring { $revenue } of revenue

## The Charts tab's forecast.

charts-show-backtest = Show the backtest: what the model would have said for past months
charts-legend-range-95 = 95% range
charts-legend-range-80 = 80% range
charts-legend-forecast = Forecast
charts-legend-so-far = So far this month
charts-legend-backtest = Backtest forecasts

## The Charts tab's cohorts and channels.

charts-cohorts-came-back = Customers who came back
charts-cohorts-revenue = Revenue per customer
# Above the column of the cohorts' sizes.
charts-cohorts-customers = customers
# A cell of the cohort grid. $month: the cohort's first month; $active: customers who ordered, as written on screen; $customers: the cohort's customers, as written on screen; $period: months since the first; $share: the share who ordered; $revenue: their revenue; $per_customer: the revenue per customer so far.
charts-cohort-tip = { $month }: { $active } of { $customers } customers ordered in month { $period } ({ $share }); revenue { $revenue }, { $per_customer } per customer so far
charts-channels-where = Where they first bought
charts-channels-customers = Customers
charts-channels-back-90 = Back within
    90 days
charts-channels-back-365 = Back within
    a year
charts-channels-revenue = Revenue per customer
    in the first year
charts-channels-tier-a = Tier A
charts-channels-tier-b = Tier B
charts-channels-tier-c = Tier C
# $repeated: customers who came back, as written on screen; $eligible: customers first seen long enough ago, as written on screen.
charts-channels-back-90-tip = { $repeated } of { $eligible } customers first seen at least 90 days ago
# As above, for a year.
charts-channels-back-365-tip = { $repeated } of { $eligible } customers first seen at least a year ago
