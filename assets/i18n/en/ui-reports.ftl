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
