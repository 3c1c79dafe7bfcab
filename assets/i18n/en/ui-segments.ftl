## The Segments tab.

segments-title = Segments

## Labels, buttons and tips of the Segments tab.

segments-segments = Segments
segments-how-recently-and-how-often = How recently and how often your customers buy
segments-value-tiers = Value tiers
segments-lifecycle = Lifecycle
segments-show-these-customers = Show these customers
segments-customers = Customers…
segments-movement-between-segments = Movement between segments
segments-compared-with = Compared with
segments-30-days-earlier = 30 days earlier
segments-then-now = then \\ now
segments-saved-segments = Saved segments
segments-edit = Edit
segments-delete = Delete
segments-no-saved-segments-yet-build = No saved segments yet. Build one from conditions on your customers below.
segments-new-segment = New segment…
segments-name = Name
segments-e-g-lyon-regulars = e.g. Lyon regulars
segments-customers-who-match = Customers who match
segments-remove-group = Remove group
segments-remove-this-condition = Remove this condition
segments-condition = + condition
segments-group = + group
segments-save-segment = Save segment
segments-give-the-segment-a-name = Give the segment a name and a valid rule
segments-close = Close
segments-close-the-list = Close the list
segments-show-in-customers = Show in Customers
segments-open-the-customers-tab-showing = Open the Customers tab showing only these customers
segments-save-as-spreadsheet = Save as spreadsheet…
segments-an-excel-workbook-xlsx-or = An Excel workbook (.xlsx) or a CSV file
segments-customer = Customer
segments-orders = Orders
segments-spent = Spent
segments-last-order = Last order
segments-never = never
