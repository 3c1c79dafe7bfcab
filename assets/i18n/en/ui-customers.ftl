## The Customers tab.

customers-title = Customers
customers-loading = Loading customers…
customers-search-hint = Search name, reference, email, phone or city (Ctrl+F)
customers-clear = Clear
customers-save-spreadsheet = Save as spreadsheet…
customers-save-spreadsheet-hint = The customers listed (after the search), as an Excel workbook (.xlsx) or a CSV file
# A list opened from another screen. $what: what the customers are (a segment's name, for example); $count: how many; $shown: the same number as written on screen.
customers-showing-only = { $count ->
        [one] Showing only { $what }: { $shown } customer
       *[other] Showing only { $what }: { $shown } customers
    }
customers-show-all = Show all customers
# The file name offered when saving every customer, without its extension.
customers-file-name = Customers
# $count: how many customers the shop has; $shown: the same number as written on screen.
customers-count = { $count ->
        [one] { $shown } customer
       *[other] { $shown } customers
    }
# $count: how many customers match the search, $shown: the same number as written on screen; $total: how many customers there are, as written on screen.
customers-match = { $count ->
        [one] { $shown } of { $total } customers matches
       *[other] { $shown } of { $total } customers match
    }

## The Customers table's column headers.

customers-column-name = Name
customers-column-reference = Reference
customers-column-email = Email
customers-column-phone = Phone
customers-column-city = City
customers-column-orders = Orders
customers-column-revenue = Revenue
customers-column-last-order = Last order
customers-sort-hint = Sort by this column; click again to reverse
# A customer without a name, known by the shop's reference ($reference).
customers-unnamed-ref = Customer { $reference }
# A customer without a name or reference, known by its number ($id).
customers-unnamed = Customer #{ $id }

## The customer's details, on the right of the Customers tab.

customers-close = × Close
customers-close-hint = Close the details (Esc)
customers-undo = Undo
customers-undo-hint = Undo the last change (Ctrl+Z)
customers-redo = Redo
customers-redo-hint = Redo (Ctrl+Shift+Z)
# $id: the customer's number.
customers-loading-one = Loading customer { $id }…
# Facts under the customer's name, joined with " · ". $id: the customer's number.
customers-fact-id = Customer { $id }
# $reference: the shop's own reference for the customer.
customers-fact-ref = ref { $reference }
# $source: the file the customer was imported from.
customers-fact-source = from { $source }
# $date: the day the customer was added.
customers-fact-added = added { $date }
# $ids: the numbers of the contacts merged into this one.
customers-absorbed = Also holds the records of contacts { $ids }.
customers-other-columns = Other columns from the source
customers-birth-date-hint = YYYY-MM-DD

## The customer's orders, at the bottom of the details.

# $count: how many orders; $shown: the same number as written on screen; $lines: how many lines; $shown_lines: the same number as written on screen; $amount: their total.
customers-orders-summary = { $count ->
        [one] { $shown } order
       *[other] { $shown } orders
    } · { $lines ->
        [one] { $shown_lines } line
       *[other] { $shown_lines } lines
    } · { $amount }
customers-no-purchases = No purchases yet.
customers-no-receipt = no receipt number
customers-no-product = (no product)
