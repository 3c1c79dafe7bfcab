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
