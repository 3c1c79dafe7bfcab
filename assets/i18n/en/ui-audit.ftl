## The Audit screen.

privacy2-audit-title = Audit
privacy2-audit-intro = Who did what and when with the shop's data, newest first. The lines of erased customers hold none of their data.
privacy2-audit-kind = Kind:
privacy2-audit-every-kind = Every kind
privacy2-audit-search = Search:
privacy2-audit-none = No line matches.
privacy2-audit-newer = Newer
privacy2-audit-older = Older
privacy2-audit-when = When
privacy2-audit-what = What
privacy2-audit-details = Details
privacy2-audit-kind-import = Import
privacy2-audit-kind-undo-import = Import undone
privacy2-audit-kind-merge = Merge
privacy2-audit-kind-unmerge = Merge undone
privacy2-audit-kind-edit = Edit
privacy2-audit-kind-erase = Erasure
privacy2-audit-kind-export = Export
privacy2-audit-kind-campaign = Campaign
privacy2-audit-kind-consent = Consent
privacy2-audit-kind-contact-note = Contact note
privacy2-audit-kind-add-feedback = Feedback added
privacy2-audit-kind-resolve-feedback = Complaint resolved
privacy2-audit-kind-not-duplicate = Not the same person
privacy2-audit-kind-not-duplicate-removed = “Not the same person” withdrawn
privacy2-audit-kind-settings = Settings
privacy2-audit-kind-segment-saved = Segment saved
privacy2-audit-kind-segment-deleted = Segment deleted
privacy2-audit-kind-clear = Shop emptied
privacy2-audit-lines = { $count ->
    [one] Line { $first } of { $total }
   *[other] Lines { $first }–{ $last } of { $total }
}
privacy2-audit-detail = { $details }
privacy2-audit-kind-backup = Backup
privacy2-audit-kind-restore = Restored from a backup
