# Forecast, cohorts and channels, second part (issue 23): the average predicted lifetime
# value per channel, the report's charts, and the Charts tab's range and step.

## The Charts tab's channel table: average predicted lifetime value.

# Column header, on two lines.
trends2-clv-header = Predicted lifetime value
    (customers)
# $average: an amount of money; $customers: how many customers have a prediction, as written on screen.
trends2-clv-cell = { $average } ({ $customers })
# $customers: customers of the group with a prediction.
trends2-clv-tip = { $customers ->
    [one] The average over the { $customers } customer of this group with a prediction, as Predictions works it out with the shop's margin and discount rate.
   *[other] The average over the { $customers } customers of this group with a prediction, as Predictions works it out with the shop's margin and discount rate.
}
trends2-clv-too-little = too little data
trends2-clv-too-little-tip = The shop has too few repeat customers for Predictions to work out a lifetime value.

## The Charts tab's range and step for Forecast, Cohorts and Channels.

trends2-forecast-no-day = The forecast goes by week or by month, not by day: shown by month.
trends2-forecast-range = The forecast learns from every sale up to the "to" date; "from" does not apply.
trends2-cohorts-by-month = By month
trends2-cohorts-by-quarter = By quarter
trends2-cohorts-range = Cohorts of the customers whose first order falls in the range, followed up to the "to" date. The step is by month or by quarter.
trends2-channels-range = Customers whose first order falls in the range, followed up to the "to" date. The step does not apply.
trends2-cohorts-each-row-quarter = Each row is the customers who first bought that quarter; each column a quarter since (0 = their first). A cell is the share of them who ordered that quarter.
trends2-no-customer-in-range = No customer's first order falls in this range.

## The printed report's channels table and charts.

trends2-report-clv = Predicted lifetime value (customers)
# $v1: an amount of money; $v2: customers with a prediction.
trends2-report-clv-cell = { $v1 } ({ $v2 })
trends2-report-clv-note = Predicted lifetime value: the average over the group's customers with a prediction (how many in brackets), as the Predictions section works it out with the shop's margin and discount rate.
trends2-report-clv-too-little = too little data
trends2-report-chart-history = Revenue
trends2-report-chart-forecast = Forecast
trends2-report-chart-range-80 = 80% range
trends2-report-chart-range-95 = 95% range
trends2-report-chart-months-since = Months since the first order
trends2-report-chart-back-within-year = Back within a year
