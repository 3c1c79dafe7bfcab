## Marketing lists withheld per channel, consent coverage, the subject export as PDF.

privacy2-withheld = Withheld for want of consent: { $left-out ->
    [one] { $left-out } customer left out
   *[other] { $left-out } customers left out
}, { $emails ->
    [one] { $emails } e-mail
   *[other] { $emails } e-mails
}, { $phones ->
    [one] { $phones } phone number
   *[other] { $phones } phone numbers
}, { $addresses ->
    [one] { $addresses } postal address
   *[other] { $addresses } postal addresses
}.
privacy2-marketing-list-saved = { $customers ->
    [one] { $customers } customer saved
   *[other] { $customers } customers saved
} in { $path }. Withheld for want of consent: { $left-out ->
    [one] { $left-out } customer left out
   *[other] { $left-out } customers left out
}, { $emails ->
    [one] { $emails } e-mail
   *[other] { $emails } e-mails
}, { $phones ->
    [one] { $phones } phone number
   *[other] { $phones } phone numbers
}, { $addresses ->
    [one] { $addresses } postal address
   *[other] { $addresses } postal addresses
}.
privacy2-report-consent = Consent
privacy2-report-consent-note = What the { $v1 } customers said, channel by channel, as the file holds it today (not only in the period). Not asked: no answer recorded.
privacy2-report-consent-none = No customers yet.
privacy2-report-channel = Channel
privacy2-report-yes = Yes
privacy2-report-no = No
privacy2-report-unknown = Not asked
privacy2-report-count-share = { $v1 } ({ $v2 })
privacy2-report-email = E-mail
privacy2-report-sms = SMS
privacy2-report-post = Post
privacy2-report-phone = Phone
privacy2-pdf-title = Everything held on customer { $customer }
privacy2-pdf-intro = Written on { $day } at the customer's request: every value this shop's file holds on them, their purchases, merges, consent, campaigns, contacts, feedback and the log of what was done with their data.
privacy2-pdf-empty = Nothing.
privacy2-pdf-item = No. { $n }
privacy2-pdf-details = Contact details
privacy2-pdf-extra = Other columns of the imported files
privacy2-pdf-consent = Consent now
privacy2-pdf-consent-history = History of consent
privacy2-pdf-sales = Purchases
privacy2-pdf-merges = Merges
privacy2-pdf-campaigns = Campaigns
privacy2-pdf-contact-history = Contact history
privacy2-pdf-feedback = Feedback
privacy2-pdf-audit = Log of actions on this data
privacy2-key-customer = Customer number
privacy2-key-contact = Record
privacy2-key-source = Came from
privacy2-key-created = Added
privacy2-key-updated = Last changed
privacy2-key-merged-contacts = Records merged into it
privacy2-key-fields = Fields
privacy2-key-channel = Channel
privacy2-key-state = Answer
privacy2-key-decided-on = Decided on
privacy2-key-recorded-at = Recorded
privacy2-key-batch = Import
privacy2-key-id = Number
privacy2-key-order = Order
privacy2-key-sold-at = Sold on
privacy2-key-product = Product
privacy2-key-category = Category
privacy2-key-quantity = Quantity
privacy2-key-amount = Amount
privacy2-key-merge = Merge
privacy2-key-survivor = Kept record
privacy2-key-absorbed = Merged record
privacy2-key-saved = Values before the merge
privacy2-key-score = Score
privacy2-key-decided-by = Decided by
privacy2-key-merged-at = Merged on
privacy2-key-undone-at = Undone on
privacy2-key-campaign = Campaign
privacy2-key-goal = Goal
privacy2-key-start-date = Start
privacy2-key-group = Group
privacy2-key-segment = Segment
privacy2-key-at = When
privacy2-key-kind = Kind
privacy2-key-note = Note
privacy2-key-date = Date
privacy2-key-text = Text
privacy2-key-status = Status
privacy2-key-resolved-at = Resolved on
privacy2-key-resolved-note = Resolution note
privacy2-key-action = Action
privacy2-key-detail = Details
privacy2-export-pdf-button = Export as PDF
privacy2-export-pdf-hover = Write everything held on this customer to a readable PDF in the exports folder beside the database
privacy2-pdf-merged-records = Records merged into this customer
