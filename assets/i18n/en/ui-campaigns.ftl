## The Campaigns tab and the words the campaigns' PDFs print.

campaigns-title = Campaigns

## The call sheet of a phone campaign.

campaigns-pdf-call-sheet = Call sheet: { $name }
campaigns-pdf-phone = Phone
campaigns-pdf-segment = Segment
campaigns-pdf-last-purchase = Last purchase
campaigns-pdf-suggested = Suggest
campaigns-pdf-reached = Reached
campaigns-pdf-not-reached = Not reached
campaigns-pdf-call-back = Call back
campaigns-pdf-notes = Notes
campaigns-pdf-page-of = Page { $page } of { $pages }

## The Campaigns tab.

campaigns-job = Measuring the campaigns
campaigns-job-starting = Starting
campaigns-creating = Creating the campaign
campaigns-new = New campaign
campaigns-empty = No campaign yet. Choose "New campaign" above (or run clientele campaign create): pick who to contact, and a control group is held out at random so that you can see what the contact really brought.
campaigns-about = By { $channel } to { $target }, from { $start } to { $end }
campaigns-customers = Customers
campaigns-responders = Responders
campaigns-rate = Response rate
campaigns-target-group = Contacted (target)
campaigns-control-group = Control group
campaigns-uplift = Uplift: { $diff } points of response rate (95% sure: between { $low } and { $high })
campaigns-form-name = Name
campaigns-form-name-hint = e.g. Spring win-back
campaigns-form-goal = Goal
campaigns-form-target = Who
campaigns-form-list-hint = e.g. At risk
campaigns-form-channel = Channel
campaigns-form-control = Control group
campaigns-form-window = Response window (days)
campaigns-form-response = Response
campaigns-form-response-hint = any, product:NAME, category:NAME or revenue
campaigns-form-cost = Cost per contact
campaigns-form-cost-hint = optional
campaigns-form-create = Create the campaign
campaigns-created = Campaign '{ $name }' created: { $target ->
    [one] { $target } customer
   *[other] { $target } customers
} to contact, { $control } held out as the control group.
campaigns-left-out = Left out: { $no_consent } without consent, { $said_no } who said no, { $no_address } without an address for this channel.
campaigns-goal-win-back = Win back
campaigns-goal-thank = Thank
campaigns-goal-cross-sell = Cross-sell
campaigns-goal-announce = Announce
campaigns-kind-segment = Segment
campaigns-kind-saved = Saved segment
campaigns-kind-tier = Value tier
campaigns-kind-stage = Lifecycle stage
campaigns-kind-predict = Predictions list
campaigns-kind-offer = Customers to offer
