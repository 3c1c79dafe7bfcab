## A customer's fields, as labels beside their editors (Customers, Duplicates, Segments).

field-first-name = First name
field-last-name = Last name
field-company = Company
field-email = Email
field-phone = Phone
field-street = Street
field-street2 = Street (2nd line)
field-city = City
field-postcode = Postcode
field-region = Region
field-country = Country
field-birth-date = Birth date
field-gender = Gender
field-language = Language
field-marketing-consent = Marketing consent

## Shared widgets, key-figure cards, progress, jobs.

widgets-cancel = Cancel

## A customer's prediction, in the Customers tab's details.

prediction-predictions = Predictions
prediction-not-worked-out-for-the = Not worked out for the current data.
prediction-too-little-data-for-predictions = Too little data for predictions (see the Predictions tab).
prediction-no-purchase-on-or-before = No purchase on or before the day the predictions were made.
prediction-still-a-customer = Still a customer?

## The window that shows a file's rows.

filewindow-folder-or-file = Folder or file
filewindow-type-or-paste-a-path = Type or paste a path
filewindow-go = Go
filewindow-places = Places
filewindow-recent-folders = Recent folders
filewindow-up-one-folder = ↑ Up one folder
filewindow-file-name = File name
filewindow-cancel = Cancel

## Insights beside the charts.

insights-work-out-the-figures-again = Work out the figures again
insights-there-are-no-sales-yet = There are no sales yet, so there are no segments or charts to show.
insights-import-a-file-of-sales = Import a file of sales in the Import tab (Ctrl+2), or load the demo shop.
insights-working-out-who-your-customers = Working out who your customers are and how the shop is doing…
insights-as-of = As of
insights-latest-sale = Latest sale
insights-yyyy-mm-dd = YYYY-MM-DD

## What to suggest to a customer next.

suggested-suggested-next = Suggested next
suggested-working-out-what-sells-together = Working out what sells together…
suggested-nothing-yet-no-product-they = Nothing yet: no product they bought often comes with one they have not bought.

## A customer's prediction, in the Customers tab's details.

# $days: the number of days ahead.
prediction-chance-in-days = { $days ->
        [one] Chance of buying again tomorrow
       *[other] Chance of buying again in { $days } days
    }
# $words: how likely, in words; $percent: the chance as a percentage.
prediction-alive = { $words } ({ $percent })
# $days: the number of days ahead.
prediction-purchases-in-days = { $days ->
        [one] Purchases expected tomorrow
       *[other] Purchases expected in { $days } days
    }
# $months: the number of months ahead.
prediction-value-months = { $months ->
        [one] Expected value, next month
       *[other] Expected value, next { $months } months
    }

## Key-figure cards (Overview).

# $arrow: ▲ or ▼; $change: the change as a percentage.
widgets-change = { $arrow } { $change } vs before
widgets-new-nothing-before = new: nothing before
widgets-no-change = no change
# A job's stage and how far it is. $stage: the stage; $percent: how far.
widgets-progress = { $stage } ({ $percent })
# A period of a chart. $date: its first day.
widgets-week-of = week of { $date }

## The date above the segments and charts (Segments, Charts).

insights-show = Show
insights-date-hint = write the date as 2025-06-30
# $date: the day; $count: how many customers; $shown: the same number as written on screen; $revenue: their revenue.
insights-figures-as-of = { $count ->
        [one] Figures as of { $date }: { $shown } customer with orders, revenue { $revenue }.
       *[other] Figures as of { $date }: { $shown } customers with orders, revenue { $revenue }.
    }
# As above, when the day is the one of the latest sale.
insights-figures-as-of-latest = { $count ->
        [one] Figures as of { $date } (the day of the latest sale): { $shown } customer with orders, revenue { $revenue }.
       *[other] Figures as of { $date } (the day of the latest sale): { $shown } customers with orders, revenue { $revenue }.
    }

## What to suggest to a customer next (Customers tab's details).

# $rank: the suggestion's place; $product: the product's name.
suggested-rank = { $rank }. { $product }
# $bought: what the customer bought; $rule: the sentence saying how often it goes with the product.
suggested-because = They bought { $bought }: { $rule }.

## The window's own file window.

# $folder: the folder; $error: why.
filewindow-cannot-open = { $folder } cannot be opened: { $error }
# $path: the file.
filewindow-no-such-file = { $path } does not exist.

## How likely a customer still buys (Predictions, Customers' details).

alive-still-buying = likely still buying
alive-slipping = slipping away
alive-gone = probably gone

## File dialogs: titles and kinds of files.

dialogs-title-import = Import a file
dialogs-title-csv = Save as CSV
dialogs-title-spreadsheet = Save the customers
dialogs-title-pdf = Save the report
dialogs-title-png = Save the chart as an image
dialogs-filter-spreadsheets = Spreadsheets and CSV
dialogs-filter-all = All files
dialogs-filter-csv = CSV
dialogs-filter-xlsx = Excel workbook
dialogs-filter-pdf = PDF document
dialogs-filter-png = PNG image
dialogs-already-open = A file dialog is already open.

## The window's own file window: places and buttons.

filewindow-home = Home
filewindow-documents = Documents
filewindow-downloads = Downloads
filewindow-desktop = Desktop
filewindow-save = Save
filewindow-open = Open

## Other shared words.

prediction-open-predictions = Open Predictions
suggested-job = Finding what sells together
suggested-job-starting = Starting

## Shared by the Overview, Predictions and Feedback tabs: a job that failed, and a list of customers.
widgets-work-them-out-again = Work them out again
widgets-show-in-customers = Show in Customers
widgets-show-in-customers-tip = Open the Customers tab showing only these customers
widgets-save-as-spreadsheet = Save as spreadsheet…
widgets-save-as-spreadsheet-tip = An Excel workbook (.xlsx) or a CSV file
