## The Reports tab.

reports-title = Reports

## Labels, buttons and tips of the Reports tab.

reports-print-the-report = Print the report
reports-looking-for-printers = Looking for printers…
reports-no-printer-is-set-up = No printer is set up on this computer. Add one in the system's printer settings, or save the PDF and print it from another computer.
reports-close = Close
reports-printer = Printer
reports-copies = Copies
reports-paper = Paper
reports-cancel = Cancel
reports-report = Report
reports-period = Period
reports-no-sales-in-this-period = No sales in this period: the report's figures will be empty.
reports-sections = Sections
reports-none = None
reports-all = All
reports-choose-at-least-one-section = Choose at least one section.
reports-paper-2 = Paper
reports-save-pdf = Save PDF…
reports-save-the-report-as-a = Save the report as a PDF file (Ctrl+S)
reports-print = Print…
reports-choose-a-printer-copies-and = Choose a printer, copies and paper, then print (Ctrl+P)
reports-yyyy-mm-dd = YYYY-MM-DD
reports-type-both-dates-as-yyyy = Type both dates as YYYY-MM-DD, e.g. 2025-01-31.
reports-the-first-date-is-after = The first date is after the second.
reports-use-these-dates = Use these dates
reports-fit-width = Fit width
reports-larger = Larger
reports-smaller = Smaller

## The Reports tab's periods, paper, printing and preview.

reports-this-month = This month
reports-last-month = Last month
reports-this-quarter = This quarter
reports-last-quarter = Last quarter
reports-this-year = This year
reports-last-year = Last year
reports-custom = Dates of my choice
reports-paper-a4 = A4
reports-paper-letter = Letter
reports-sending-to-printer = Sending the report to the printer…
reports-job = Making the report
reports-job-starting = Starting
# $printer: the printer's name.
reports-default-printer = { $printer } (default)
# $printer: the printer's name.
reports-print-on = Print on { $printer }
# $from, $to: the period's first and last days.
reports-period-dates = { $from } to { $to }
# $pages: how many pages; $size: the file's size in kilobytes, as written on screen.
reports-pages-size = { $pages ->
        [one] { $pages } page · { $size } KB
       *[other] { $pages } pages · { $size } KB
    }
reports-from = From
reports-to = To
# $page: the page's number; $count: how many pages.
reports-page-of = Page { $page } of { $count }

## The Reports tab: the file name offered when saving a report (no / \ : * ? " < > |).
# $shop: the shop's name; $from, $to: the first and last day, as YYYY-MM-DD.
reports-file-name = { $shop } report { $from } to { $to }.pdf
# The shop's name in the file name when the shop has none.
reports-file-name-shop = Shop
