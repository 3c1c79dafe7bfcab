## The Overview tab: key figures of the last 30 and 365 days, and revenue by month.

overview-title = Overview
overview-working = Working out your figures…
overview-no-sales = There are no sales yet, so there are no figures to show.

## The Overview on an empty database: the welcome and its two buttons.

overview-welcome = Welcome to Clientele
overview-empty-file = Your customer database is empty. It is one file on this computer:
overview-bring-your-own = Bring in your own customers or sales: a CSV file or a spreadsheet (Excel, LibreOffice) exported from your till, web shop or address book.
# $count: how many customers the demo shop has; $shown: the same number as written on screen.
overview-demo-offer = { $count ->
        [one] Or, to look around first, load a demo shop: { $shown } customer and three years of sales, with names in French, English, Russian, Chinese and Armenian, and some customers entered twice, as real files have them.
       *[other] Or, to look around first, load a demo shop: { $shown } customers and three years of sales, with names in French, English, Russian, Chinese and Armenian, and some customers entered twice, as real files have them.
    }
overview-cancel = Cancel
overview-import-file = Import my file…
overview-import-file-hint = Choose a CSV file or a spreadsheet; you check how its columns are read before anything is imported
overview-load-demo = Load the demo shop

## The Overview's figures.

# $date: the day of the latest sale, written out; $weekday: its day of the week.
overview-as-of = Figures up to { $date } ({ $weekday }), the day of the latest sale.
overview-forecast-hint = Revenue forecast by the model that did best on this shop's own past months (Charts, Forecast); the range holds the actual figure 8 times in 10.
overview-revenue-by-month = Revenue by month
# $days: the length of the period in days; $from and $to: its first and last day.
overview-period = { $days ->
        [one] Last day ({ $from } – { $to }), against the day before
       *[other] Last { $days } days ({ $from } – { $to }), against the { $days } days before
    }
overview-card-revenue = Revenue
overview-card-orders = Orders
overview-card-customers = Customers
overview-card-new-customers = New customers
overview-card-repeat-customers = Repeat customers
overview-card-average-order = Average order

## The Overview's chart of revenue by month.

overview-chart-too-short = The chart needs sales in at least two months.
# A bar of the month not yet over. $month: the month; $day: the latest sale's day; $count: the month's orders; $shown: the same number as written on screen.
overview-bar-so-far = { $count ->
        [one] { $month } so far (up to { $day }) · { $shown } order
       *[other] { $month } so far (up to { $day }) · { $shown } orders
    }
# A bar of a month. $month: the month; $count: its orders; $shown: the same number as written on screen.
overview-bar = { $count ->
        [one] { $month } · { $shown } order
       *[other] { $month } · { $shown } orders
    }
# Under the name of the bar the pointer is on; $amount: the month's revenue.
overview-bar-revenue = revenue { $amount }
# Above the bar of the month not yet over.
overview-so-far = so far
