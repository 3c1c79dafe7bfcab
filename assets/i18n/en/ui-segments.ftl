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
segments-then-now = then \ now
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

## The Segments tab's grid of how recently and how often customers buy.

segments-key-narrow = How recently ↓
    how often →
segments-key = How recently ↓ / how often →
segments-recency-1 = 1 · longest ago
segments-recency-5 = 5 · most recent
segments-recency-1-narrow = 1
    longest ago
segments-recency-5-narrow = 5
    most recent
segments-frequency-1 = 1 · fewest orders
segments-frequency-5 = 5 · most orders
# $percent: the share of customers a score of 5 beats.
segments-grid-explained = Rows: how recently they last bought. Columns: how often they bought. A score of 5 means better than at least { $percent } of your customers; customers with the same figure share a score. Each cell shows its customers, their revenue and its segment; click it for the list.
# $count: customers; $shown: the same number as written on screen.
segments-customers-count = { $count ->
        [one] { $shown } customer
       *[other] { $shown } customers
    }
# A cell of the grid. $customers: how many customers, in words; $revenue: their revenue; $segment: the segment's name.
segments-cell = { $customers }
    { $revenue }
    { $segment }
# The tip of a cell. $r and $f: the scores; $segment: the segment's name; $customers: how many customers, in words; $revenue: their revenue; $share: their share of revenue; $meaning: what the segment means.
segments-cell-tip = How recently { $r }, how often { $f }: { $segment }
    { $customers }, { $revenue } ({ $share } of revenue)
    { $meaning }
# The title of a cell's list of customers.
segments-cell-list = How recently { $r }, how often { $f } ({ $segment })
# $column: the empty column's number.
segments-column-empty = Column { $column } is empty
# $columns: the empty columns but the last; $last: the last one.
segments-columns-empty = Columns { $columns } and { $last } are empty
# $columns: which columns are empty (a sentence above); $share: the share of customers who bought once; $count: how many columns are empty.
segments-empty-columns-why = { $count ->
        [one] { $columns }: customers with as many orders share a score, and { $share } of yours bought once, so the scores jump past it.
       *[other] { $columns }: customers with as many orders share a score, and { $share } of yours bought once, so the scores jump past them.
    }

## The Segments tab's value tiers and lifecycle.

# $tier: the tier's letter.
segments-tier = Tier { $tier }
# $meaning: what the tier is.
segments-tier-tip = { $meaning }
    Show these customers
# $share: a percentage.
segments-revenue-share = { $share } of revenue
# $band: the share of revenue tier A adds up to; $a_share: the share of customers in tier A; $top: 20 %, as written on screen; $top_share: the share of revenue they bring.
segments-tier-sentence = Tier A is your best customers taken until they add up to { $band } of revenue: here the top { $a_share } of your customers. The top { $top } alone bring { $top_share } of revenue.
# $gap, $active, $risk: numbers of days.
segments-lifecycle-explained = Your customers typically come back every { $gap } days. New: first order in the last 90 days; active: last order within { $active } days; at risk: within { $risk } days; lapsed: longer ago.
segments-stage-new = New
segments-stage-active = Active
segments-stage-at-risk = At risk
segments-stage-lapsed = Lapsed
# $stage: a lifecycle stage.
segments-lifecycle-list = Lifecycle: { $stage }
# $segment: a segment's name.
segments-segment-list = Segment: { $segment }
# $customers: how many customers, in words; $share: their share of revenue, in words.
segments-card-figures = { $customers } · { $share }

## The Segments tab's movement between segments.

segments-compare = Compare
segments-before-hint = write a date before the as-of date, like 2025-05-31
# $before, $after: two days.
segments-movement-explained = Where the customers of { $before } are on { $after }. Rows: segment then; columns: segment now.
# $count: customers; $shown: the same number as written on screen; $from, $to: segments.
segments-moved = { $count ->
        [one] • { $shown } customer moved from { $from } to { $to }.
       *[other] • { $shown } customers moved from { $from } to { $to }.
    }
segments-no-order-yet = No order yet
segments-no-order-yet-lower = no order yet
# $from, $to: segments.
segments-move = { $from } → { $to }
# $change: a move between segments.
segments-move-tip = { $change }: show these customers

## The Segments tab's saved segments and their editor.

# $name: the saved segment's name.
segments-saved-list = Saved segment: { $name }
segments-any-group = any group
segments-every-group = every group
# $number: the group's number.
segments-group-number = Group { $number }:
segments-any-of-these = any of these
segments-all-of-these = all of these
# $count: customers; $shown: the same number as written on screen; $date: a day.
segments-match-as-of = { $count ->
        [one] { $shown } customer matches as of { $date }.
       *[other] { $shown } customers match as of { $date }.
    }
segments-add-condition = add a condition

## The Segments tab's list of customers.

# $customers: how many customers, in words; $revenue: their revenue.
segments-list-total = { $customers }, { $revenue } in total
segments-consented-only = Only customers who agreed to marketing
# $id: the customer's number.
segments-unnamed = Customer #{ $id }
# $days: a number of days.
segments-days-ago = { $days ->
        [one] { $days } day ago
       *[other] { $days } days ago
    }

## The Segments tab's rule editor: the fields a condition looks at, and its operators.
segments-field-city = city
segments-field-country = country
segments-field-first-channel = channel of first order
segments-field-consent = marketing consent
segments-field-recency-days = days since last order
segments-field-frequency = orders
segments-field-monetary = total spent
segments-field-average-order = average order
segments-field-product = product bought
segments-field-category = category bought
segments-field-segment = segment
segments-field-tier = value tier
segments-field-lifecycle = lifecycle stage
segments-op-is = is
segments-op-is-not = is not
segments-op-in = is one of
segments-op-contains = contains
segments-op-between = between
segments-op-bought = bought
segments-op-never-bought = never bought
