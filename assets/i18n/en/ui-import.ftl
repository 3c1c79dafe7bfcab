## The Import tab.

import-title = Import

## Labels, buttons and tips of the Import tab.

import-import = Import
import-open-a-file = Open a file…
import-ctrl-o = Ctrl+O
import-or-drop-a-file-on = or drop a file on the window: CSV, TSV, text, Excel (XLSX, XLS) or OpenDocument (ODS).
import-bring-in-the-customers-and = Bring in the customers and sales your till, web shop, loyalty-card service or own spreadsheets export. You will see how the file is read and what each column becomes before anything is saved, and every import can be undone below.
import-reading-the-file = Reading the file…
import-using-the-mapping-from-your = Using the mapping from your last import of this layout.
import-the-file-holds = The file holds:
import-format = Format:
import-encoding = Encoding:
import-delimiter = Delimiter:
import-sheet = Sheet:
import-header-row = Header row:
import-the-column-names-are-one = The column names are one row higher
import-the-column-names-are-one-2 = The column names are one row lower (title lines above them)
import-decimal-separator = Decimal separator:
import-dates = Dates:
import-row = Row
import-kept-as-extra = kept as extra
import-check = Check
import-choose-the-columns-above-the = Choose the columns above; the file is checked as soon as it can be imported.
import-checking-every-row-nothing-is = Checking every row (nothing is written yet)…
import-stop = Stop
import-cancel = Cancel
import-save-rejected-rows-as-csv = Save rejected rows as CSV…
import-open-the-customers-tab = Open the Customers tab
import-show-all-rejected-rows = Show all rejected rows
import-import-another-file = Import another file…
import-import-another-file-2 = Import another file…
import-history = History
import-nothing-has-been-imported-yet = Nothing has been imported yet.
import-undone = undone
import-undo = Undo
import-remove-what-this-import-added = Remove what this import added
import-rejected-rows = Rejected rows
import-close = Close
import-this-import-has-no-problems = This import has no problems recorded.
import-rejected-rows-2 = Rejected rows
import-save-rejected-rows-as-csv-2 = Save rejected rows as CSV…
import-counting-what-it-added = Counting what it added…
import-contacts-that-a-later-import = Contacts that a later import or a merge uses are kept. The import stays in the history, marked undone.
import-undo-the-import = Undo the import
import-enter = Enter
import-keep-it = Keep it
import-esc = Esc

## The Import tab: what the file holds and how it is read.

import-job-check = Checking the file
import-job-reading = Reading
# $file: the file's name.
import-job-import = Import of { $file }
import-job-starting = Starting
import-kind-contacts = Contacts
import-kind-sales = Sales
# $note: a remark about the file.
import-note = Note: { $note }
import-hint-contacts = people and companies
import-hint-sales = sale lines, with their customer or as walk-in sales
# $layout: the name of a till's or web shop's export layout.
import-hint-contacts-layout = people and companies (from the { $layout } layout)
import-hint-sales-layout = sale lines, with their customer or as walk-in sales (from the { $layout } layout)
import-hint-contacts-guessed = people and companies (guessed from its columns)
import-hint-sales-guessed = sale lines, with their customer or as walk-in sales (guessed from its columns)
import-delimiter-tab = Tab
import-delimiter-comma = Comma ,
import-delimiter-semicolon = Semicolon ;
import-delimiter-bar = Bar |
import-format-csv = Text (CSV)
import-format-xlsx = Excel workbook (XLSX)
import-format-xls = Excel 97-2003 workbook (XLS)
import-format-ods = OpenDocument spreadsheet (ODS)
# $encoding: a text encoding's name, such as UTF-8.
import-encoding-detected = { $encoding } (detected)
import-decimal-dot = Dot: 1234.56
import-decimal-comma = Comma: 1234,56
import-order-day-first = Day first: 31/12/2025
import-order-month-first = Month first: 12/31/2025
# $example: a date from the file, as written there.
import-ask-date-order = How does this file write dates? A date such as { $example } could be read two ways, and no date in the file tells.
# $example: a date from the file; $date: the date it is when read day first.
import-read-day-first = Day first: { $example } is { $date }
# $example: a date from the file; $date: the date it is when read month first.
import-read-month-first = Month first: { $example } is { $date }
import-day-first = day first
import-month-first = month first
# $count: how many columns.
import-columns-understood = What each column was understood as ({ $count })

## The Import tab: what the check found.

import-tag-rejected = Rejected
import-tag-warning = Warning
# A group of problems. $tag: Rejected or Warning; $count: how many, as written on screen; $kind: what the problem is.
import-problem-group = { $tag } · { $count } × { $kind }
# $shown: how many problems are grouped; $total: how many there are; both as written on screen.
import-problems-first = The first { $shown } of { $total } problems are grouped here; all of them are saved with the import.
# In the following, $count is a number and $shown the same number as written on screen.
import-rows-ok = { $count ->
        [one] { $shown } row ok
       *[other] { $shown } rows ok
    }
import-rows-rejected = { $count ->
        [one] { $shown } row rejected
       *[other] { $shown } rows rejected
    }
import-warnings = { $count ->
        [one] { $shown } warning
       *[other] { $shown } warnings
    }
import-contacts-added = { $count ->
        [one] { $shown } contact would be added
       *[other] { $shown } contacts would be added
    }
# $count, $shown: sale lines; $new: new customers; $known: lines for customers already known; both as written on screen.
import-sales-summary = { $count ->
        [one] { $shown } sale line; { $new } new customers, { $known } lines for customers already known
       *[other] { $shown } sale lines; { $new } new customers, { $known } lines for customers already known
    }
import-walk-in = { $count ->
        [one] { $shown } walk-in sale line (no customer): counted in revenue, in no customer's figures
       *[other] { $shown } walk-in sale lines (no customer): counted in revenue, in no customer's figures
    }
# Orders with a status that does not count (cancelled, returned…). $status: the status, as written in the file; $amount: their total.
import-set-aside = { $count ->
        [one] { $shown } { $status } order ({ $amount }) kept but not counted
       *[other] { $shown } { $status } orders ({ $amount }) kept but not counted
    }
# $date: when; $id: the import's number; $rows: how many rows, as written on screen.
import-already-imported = This file was already imported on { $date } (import { $id }, { $rows } rows). Importing it again would add its rows a second time.
import-again-anyway = Import it again anyway
import-bad-dates = { $count ->
        [one] { $shown } row has a sale date before 1900 or more than a day in the future, and is rejected.
       *[other] { $shown } rows have a sale date before 1900 or more than a day in the future, and are rejected.
    }
import-accept-any-date = Accept dates before 1900 or in the future
import-button = { $count ->
        [one] Import { $shown } row
       *[other] Import { $shown } rows
    }
import-why-columns = Choose the columns the import needs first.
import-why-dates = Say first how this file writes dates (day first or month first).
import-why-again = This file was imported before: tick "Import it again anyway" to import it a second time.
import-why-no-row = No row of this file can be imported.
import-why-checking = The file can be imported once every row has been checked.
# The name of the file of rejected rows. $stem: the imported file's name without its extension.
import-rejected-file = { $stem } - rejected rows.csv

## The Import tab: the import done, the history and the problems.

# $file: the file's name.
import-not-imported = { $file } was not imported
# $file: the file's name.
import-imported = { $file } is imported
# In the following, numbers are as written on screen.
import-done-contacts = { $new } new contacts
import-done-sales = { $new } new customers, { $lines } sale lines ({ $known } for customers already known)
# $imported, $read: rows; $what: what was added (one of the two messages above).
import-done = Imported { $imported } of { $read } rows: { $what }.
import-done-problems = { $rejected } rows rejected, { $warnings } values kept aside with a warning:
# $id: the import's number.
import-saved-as = Saved as import { $id }: the history below can undo it.
import-history-import = Import
import-history-what = What
import-history-file = File
import-history-read = Read
import-history-imported = Imported
import-history-rejected = Rejected
import-history-when = When
import-batch-contacts = contacts
import-batch-sales = sales
import-batch-demo = demo shop
import-batch-feedback = feedback
# $date: when the import was undone.
import-undone-on = Undone on { $date }
# $id: the import's number.
import-problems-of = Problems of import { $id }
import-problems-row = Row
import-problems-column = Column
import-problems-value = Value
import-problems-row-as-read = Row as read
# $count: how many rejected rows, as written on screen; $shown: how many are shown.
import-problems-first-rows = The first { $shown } of { $count } rejected rows; save them as CSV to see all.
# $id: the import's number.
import-file-stem = import { $id }
# $id: the import's number.
import-undo-ask = Undo import { $id }?
import-the-demo-shop = the demo shop
# $sales, $contacts: as written on screen; $file: the file's name.
import-undo-what = Remove the { $sales } sale lines and { $contacts } contacts of this import ({ $file })?
