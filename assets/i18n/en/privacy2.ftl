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
