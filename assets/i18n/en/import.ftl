## What an import noticed, its problems with rows, and why a file was not imported.

note-layout = { $name } export recognised
note-mixed-dates = Some dates are day/month and others month/day; rows that do not fit the shop's order are reported. Use --date-format to choose.
note-whole-amounts = Every amount in the column 'amount' is a whole number, next to a currency: they may be in cents (1250 for 12.50). They were read as whole currency units; check the revenue, and use a layout profile with amount_unit = "cents" if they are cents.
note-walk-in = { $lines } walk-in sale lines (no customer) counted in revenue and orders, in no customer's figures.
import-blocker-no-sale-date = Choose the column that holds the date of the sale.
import-blocker-no-amount = Choose the column that holds the amount (or the unit price) of the sale.
problem-value-cut = row { $row }, column { $column }: the value is { $length } characters long, more than a { $what } holds ({ $max }); only its first { $max } characters were kept
problem-sale-date-missing = row { $row }, column { $column }: the date of the sale is missing
problem-not-a-date = row { $row }, column { $column }: '{ $value }' is not a date
problem-amount-too-large = row { $row }, column { $column }: amount too large: '{ $value }' is more than 10 000 000 000 000
problem-not-an-amount = row { $row }, column { $column }: '{ $value }' is not an amount
problem-not-a-quantity = row { $row }, column { $column }: '{ $value }' is not a quantity
problem-amount-missing = row { $row }, column { $column }: the amount is missing (and there is no unit price to work it out)
problem-nobody-identified = row { $row }: nothing identifies a person (no name, company, e-mail, phone or reference)
problem-no-customer-named = row { $row }: the sale names no customer (no customer number, e-mail, phone or name)
problem-order-set-aside = row { $row }: the order is { $status }: kept here, not counted in revenue
group-value-cut = Column { $column }: values longer than a { $what } holds ({ $max } characters) were cut
group-ragged-row = Rows with more values than the header's { $columns } columns; the extra values are kept as extra columns
group-sale-date-missing = Column { $column }: the date of the sale is missing
group-not-a-date = Column { $column }: '…' is not a date
group-amount-too-large = Column { $column }: amount too large: '…' is more than 10 000 000 000 000
group-not-an-amount = Column { $column }: '…' is not an amount
group-not-a-quantity = Column { $column }: '…' is not a quantity
group-amount-missing = Column { $column }: the amount is missing (and there is no unit price to work it out)
problem-date-missing = row { $row }, column { $column }: the day is missing
problem-nothing-said = row { $row }: neither a score nor a comment
problem-no-customer-given = row { $row }: the feedback names no customer (no customer number, e-mail, phone or name)
problem-unknown-word = row { $row }, column { $column }: '{ $value }' is not one of the known words; kept with the other columns
group-date-missing = Column { $column }: the day is missing
group-nothing-said = Neither a score nor a comment
group-no-customer-given = The feedback names no customer (no customer number, e-mail, phone or name)
group-unknown-word = Column { $column }: not one of the known words
feedback-unknown-scale = { $file }: the scale of the scores in column '{ $column }' is not known. Say it with --scale nps (0-10), stars (1-5), csat (1-5) or thumbs (up/down); nothing was imported
feedback-no-date-column = { $file }: no column holds the day the feedback was given; name it with --map date=COLUMN (its columns are: { $columns })
feedback-no-score-or-text-column = { $file }: no column holds a score or a comment; name one with --map score=COLUMN or --map text=COLUMN (its columns are: { $columns })
feedback-leaving = { $who }: { $returned } of { $eligible } bought again within 90 days ({ $share })
feedback-leaving-none = { $who }: no feedback old enough to tell
feedback-who-negative = Unhappy (detractors, 1-2 stars)
feedback-who-neutral = Neutral (passives, 3 stars)
feedback-who-positive = Happy (promoters, 4-5 stars)
feedback-too-few = too few answers to tell
group-nobody-identified = Nothing identifies a person (no name, company, e-mail, phone or reference)
group-no-customer-named = The sale names no customer (no customer number, e-mail, phone or name)
group-order-set-aside = The order is { $status }: kept here, not counted in revenue
group-bytes-replaced = Bytes that are not { $encoding } text were read as '�'
why-header = from the column's name
why-values = from the values
why-chosen = chosen
why-layout = as { $layout } exports write it
import-duplicate-file = { $file } was already imported on { $when } (import { $batch }); nothing was imported again. Undo that import first, or import it again on purpose with --allow-duplicate-file.
import-no-such-column = { $file } has no column named '{ $column }'; its columns are: { $columns }
import-no-sale-date-column = { $file } has no column for the date of the sale; name it with --map sold_at=COLUMN (columns: { $columns })
import-no-amount-column = { $file } has no column for the amount (or the unit price) of the sale; name it with --map amount=COLUMN (columns: { $columns })
import-cancelled = the import was cancelled; nothing was changed
import-internal = the import stopped on an internal error and nothing was changed ({ $detail }); please report it

note-repeated-column = The column name '{ $base }' appears more than once; the repeat is read as '{ $header }' ({ $feeds ->
    [none] kept with the other columns
   *[other] it feeds { $feeds }
}). Check that the right column feeds each field (--map FIELD=COLUMN).
note-ambiguous-dates = Dates like 03/04/2025 could be day/month or month/day; they were read as { $order ->
    [month-first] month/day (March 4)
   *[other] day/month (3 April)
}, as the shop's locale writes them (`clientele settings --locale` changes it). Use --date-format %m/%d/%Y or %d/%m/%Y to choose.
note-set-aside = { $orders } { $status } { $orders ->
    [one] order
   *[other] orders
} ({ $amount }) kept but not counted.
problem-ragged-row = row { $row } has { $values } values but the header has { $columns } columns; the extra values are kept as Column { $next-column }…
problem-not-kept = row { $row }, column { $column }: '{ $value }' is not { $expected ->
    [date] a date
    [email] an e-mail address
    [long-email] an e-mail address (it is longer than 320 characters)
    [yes-no] yes or no
   *[other] an amount
}; the field was left empty and the value kept{ $cut ->
    [yes] {" "}(its first 10 000 characters)
   *[other] {""}
} with the customer's other columns
problem-sale-date-out-of-range = row { $row }, column { $column }: the date { $date } { $bound ->
    [before-1900] is before 1900
   *[other] is more than a day in the future
}; if it is right, accept such dates (--allow-any-date, or "Accept dates before 1900 or in the future" in the Import tab)
problem-bytes-replaced = row { $row }, { $count ->
    [one] column
   *[other] columns
} { $columns }: bytes that are not { $encoding } text were read as '�' ('{ $value }'); the encoding was decided from the start of the file: if the file is in another encoding, import it again choosing it (--encoding, e.g. windows-1252)
problem-written = { $words }
group-not-kept = Column { $column }: '…' is not { $expected ->
    [date] a date
    [email] an e-mail address
    [long-email] an e-mail address (it is longer than 320 characters)
    [yes-no] yes or no
   *[other] an amount
}; the field was left empty and the value kept with the customer's other columns
group-sale-date-out-of-range = Column { $column }: the date { $bound ->
    [before-1900] is before 1900
   *[other] is more than a day in the future
}
problem-not-a-score = row { $row }, column { $column }: '{ $value }' is not a score on the { $scale } scale ({ $scale ->
    [nps] 0 to 10
    [thumbs] up or down
   *[other] 1 to 5
})
group-not-a-score = Column { $column }: not a score on the { $scale } scale ({ $scale ->
    [nps] 0 to 10
    [thumbs] up or down
   *[other] 1 to 5
})
import-none-with-choice = With this choice no row could be imported: { $lacking ->
    [customer] every row lacks a customer.
    [date] every row lacks a date of sale that can be read.
    [amount] every row lacks an amount that can be read.
    [person] no row names a person (no name, company, e-mail, phone or reference).
   *[other] it has no data rows
}
import-none-with-choice-because = With this choice no row could be imported: { $why }{ $more ->
    [0] {""}
   *[other] {" "}(and { $more } more rows with problems)
}
import-nothing-imported = nothing was imported from { $file }: { $first ->
    [none] it has no data rows
   *[other] { $first }
}{ $more ->
    [0] {""}
   *[other] {" "}(and { $more } more rows with problems)
}
import-wrong-kind = { $file } looks like { $kind ->
    [sales] a list of sales
   *[other] a customer list
} ({ $layout ->
    [none] people, and no column with a date of sale
   *[other] { $layout }
}); import it as { $kind }? Nothing was imported.
