## Հաճախորդի քարտի կապերի պատմությունը և սեփականատիրոջ նշումները։

contact-history-title = Կապերի պատմություն ({ $count })
contact-history-line = { $day } · { $kind }՝ { $note }
contact-history-call = Զանգ
contact-history-visit = Այց
contact-history-complaint = Բողոք
contact-history-campaign = Արշավ
contact-history-other = Նշում
contact-history-add = Ավելացնել նշում
contact-history-note-hint = Ինչ ասվեց կամ արվեց
contact-history-bad-day = Գրեք օրը ՏՏՏՏ-ԱԱ-ՕՕ ձևով։
contact-history-save = Ավելացնել նշումը
campaign-note-empty = Նշումը չի կարող դատարկ լինել։
campaign-note-added = Նշումն ավելացվեց { $id } հաճախորդի կապերի պատմությանը։
