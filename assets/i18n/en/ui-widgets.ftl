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
filewindow-up-one-folder = ⬆ Up one folder
filewindow-file-name = File name
filewindow-cancel = Cancel
filewindow-import-a-file = Import a file
filewindow-save-the-customers = Save the customers

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
