## Walk-in sales in files of no known layout, the Charts' heading with walk-in sales.

# $lines: how many walk-in sale lines; $amount: their amount.
import3-note-walk-in = { $lines ->
    [one] { $lines } walk-in sale line (no customer, { $amount }) counted in revenue and orders, in no customer's figures.
   *[other] { $lines } walk-in sale lines (no customer, { $amount }) counted in revenue and orders, in no customer's figures.
}
# $count: lines; $shown: the same number as written on screen; $amount: their amount.
import3-walk-in = { $count ->
        [one] { $shown } walk-in sale line (no customer, { $amount }): counted in revenue, in no customer's figures
       *[other] { $shown } walk-in sale lines (no customer, { $amount }): counted in revenue, in no customer's figures
    }
# The Charts' heading when walk-in sales count in its revenue. $date: the day; $count: customers; $shown: the same number as written on screen; $revenue: the shop's revenue, walk-in sales included.
import3-charts-figures-as-of = { $count ->
        [one] Figures as of { $date }: { $shown } customer with orders; revenue { $revenue }, walk-in sales included.
       *[other] Figures as of { $date }: { $shown } customers with orders; revenue { $revenue }, walk-in sales included.
    }
# As above, when the day is the one of the latest sale.
import3-charts-figures-as-of-latest = { $count ->
        [one] Figures as of { $date } (the day of the latest sale): { $shown } customer with orders; revenue { $revenue }, walk-in sales included.
       *[other] Figures as of { $date } (the day of the latest sale): { $shown } customers with orders; revenue { $revenue }, walk-in sales included.
    }
# $date: the only day with sales in the range; $amount: that day's revenue.
import3-charts-one-day = Only one day of sales in this range ({ $date }): a chart over time needs at least two days. That day brought { $amount }.
# $orders: how many orders.
import3-note-pending-closed = { $orders ->
    [one] { $orders } pending order of an earlier import is cancelled now: kept with its new status, not counted.
   *[other] { $orders } pending orders of an earlier import are cancelled now: kept with their new status, not counted.
}
# $orders: how many orders; $amount: the refunds subtracted.
import3-note-late-refunds = { $orders ->
    [one] { $orders } order counted by an earlier import was refunded since: its refund ({ $amount }) is subtracted.
   *[other] { $orders } orders counted by an earlier import were refunded since: their refunds ({ $amount }) are subtracted.
}
# A file chosen as contacts that looks like sales. $file: the file; $rows: its first rows that name someone; $people: the people they name.
import3-wrong-kind-sales = { $file } looks like a list of sales: it has dates of sale and amounts, and its first { $rows } rows name only { $people ->
    [one] { $people } person
   *[other] { $people } people
}. Import it as sales? Nothing was imported.
import3-cli-contacts-anyway = To import its people as contacts all the same, run the command again with --yes.
import3-import-as-sales = Import it as sales
import3-contacts-anyway = Import its people as contacts all the same
