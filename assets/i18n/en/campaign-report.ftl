## The campaign report (PDF) and its command line's answer.

campaign-report-title = Campaign report: { $name }
campaign-report-prepared = Prepared on { $date }. Sales counted from { $start } to { $to }.
campaign-report-window-open = The response window is still open: it ends on { $end }.
campaign-report-about = The campaign
campaign-report-field = Setting
campaign-report-value = Value
campaign-report-name = Name
campaign-report-goal = Goal
campaign-report-target = Who
campaign-report-rule = Narrowed by the rule
campaign-report-channel = Channel
campaign-report-start = Start
campaign-report-window = Response window
campaign-report-window-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}, from { $start } to { $end }
campaign-report-response = What counts as a response
campaign-report-response-any = any order
campaign-report-response-product = an order with { $name }
campaign-report-response-category = an order in the category { $name }
campaign-report-response-revenue = an order worth more than nothing
campaign-report-cost = Cost per contact
campaign-report-cost-none = none given
campaign-report-control-share = Held out as the control group
campaign-report-seed = Seed of the draw
campaign-report-groups = Contacted and control group
campaign-report-group = Group
campaign-report-customers = Customers
campaign-report-responders = Responders
campaign-report-rate = Response rate
campaign-report-revenue-per-customer = Revenue per customer
campaign-report-orders-per-customer = Orders per customer
campaign-report-target-group = Contacted (target)
campaign-report-control-group = Control group
campaign-report-chart-note = Response rate of each group; the line across a bar shows its 95% interval.
campaign-report-brought = What the contact brought
campaign-report-measure = Measure
campaign-report-interval = 95% sure between
campaign-report-range = { $low } and { $high }
campaign-report-points = { $points } points
campaign-report-rate-uplift = Uplift in response rate
campaign-report-rpc-uplift = Uplift in revenue per customer
campaign-report-extra-responders = Extra customers who bought
campaign-report-extra-revenue = Extra revenue
campaign-report-total-cost = Cost of the contacts
campaign-report-net = Net return (extra revenue minus the cost)
campaign-report-per-cost = Extra revenue per unit of cost
campaign-report-verdict = Verdict
campaign-report-left-out = Who was left out
campaign-report-reason = Reason
campaign-report-left-total = Total
campaign-report-left-none = Nobody: every customer of the target could be contacted on this channel.
campaign-report-written = Report of the campaign '{ $name }' written to { $path } ({ $kb } KB).

## The Campaigns tab: the report button and the money.

campaigns-report-save = Save the report (PDF)
campaigns-report-job = Making the campaign report
campaigns-rpc-uplift = Revenue per customer: { $diff } more than the control group (95% sure: between { $low } and { $high })
campaigns-extra-revenue = Extra revenue: { $revenue }
campaigns-return = Cost { $cost }, net return { $net }, { $per } of extra revenue per unit of cost
