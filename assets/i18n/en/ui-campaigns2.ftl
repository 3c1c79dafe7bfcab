## The customer detail's contact history and the owner's notes.

contact-history-title = Contact history ({ $count })
contact-history-line = { $day } · { $kind }: { $note }
contact-history-call = Call
contact-history-visit = Visit
contact-history-complaint = Complaint
contact-history-campaign = Campaign
contact-history-other = Note
contact-history-add = Add a note
contact-history-note-hint = What was said or done
contact-history-bad-day = Write the day as YYYY-MM-DD.
contact-history-save = Add the note
campaign-note-empty = A note needs some words.
campaign-note-added = Note added to the contact history of customer { $id }.
