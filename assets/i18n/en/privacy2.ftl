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
