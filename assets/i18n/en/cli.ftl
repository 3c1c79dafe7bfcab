## The command line's report of what it did.

cli-erase-nobody = No customer matches: nothing to erase.
cli-erase-needs-yes = nothing was erased: run the command again with --yes to erase
cli-subject-written = Everything held on customer { $customer } ({ $lines } sale lines) written to { $path }.
cli-backup-written = Backup written to { $path }.
cli-backup-holds = { $path } holds { $customers } customers and { $lines } sale lines, from { $first } to { $last }.
cli-restore-needs-yes = nothing was restored: run the command again with --yes to restore
cli-restored = Restored { $path }; { $erased } customers erased since were erased again.
cli-customers-shown = { $shown } of { $of } customers shown (use --limit to see more)
cli-merged = Merged { $absorbed } into { $survivor }.
cli-merge-undone = Merge { $merge } undone: customer { $absorbed } ({ $absorbed-name }) is a customer of its own again; customer { $survivor } ({ $survivor-name }) has its own values back where the merge had changed them.
cli-demo-saved = Demo shop saved in { $path }: { $customers } customers, { $orders } orders, { $lines } sale lines, revenue { $revenue } ({ $first } to { $last }).
cli-imported = Imported { $imported } of { $read } rows from { $file } as import { $batch }.
cli-checked = Checked { $file } (nothing written): { $imported } of { $read } rows would be imported.
cli-import-counts = { $contacts } new contacts, { $sales } sale lines ({ $known } for customers already known).
cli-import-problems = { $rejected } rows rejected, { $warnings } values kept aside with a warning:
cli-import-more-problems = … (clientele imports, or --errors-out FILE.csv, for all of them)
cli-basket-summary = { $orders } orders, { $items } items: { $itemsets } frequent itemsets, { $rules } rules.
cli-basket-written = The { $what } were written to { $path }.
cli-recommend-written = { $rows } suggestions for { $customers } customers written to { $path }.
cli-forecast-written = History and forecast written to { $path }.
cli-cohorts-written = { $cohorts } cohorts written to { $path }.
cli-rfm-written = RFM of { $customers } customers as of { $as-of } written to { $path }.
cli-feedback-terms-written = { $rows } terms written to { $path }.
cli-feedback-unhappy-written = { $rows } unhappy customers written to { $path }.
cli-feedback-added = Feedback { $id } added for customer { $customer }.
cli-feedback-resolved = Feedback { $id } marked resolved.
cli-feedback-no-such-language = '{ $code }' is not a language the term table reads: use en, fr, ru, zh or hy
cli-feedback-overall = all
cli-feedback-dates-ambiguous = Every date fits both day/month and month/day: read with the shop's locale (give --date-format to choose).
cli-predict-written = Predictions for { $customers } customers as of { $as-of } written to { $path }.
cli-segment-saved = Segment '{ $name }' saved: { $members } customers match it as of { $as-of }.
cli-sales-written = { $lines } sale lines written to { $path }.
cli-customers-written = { $customers } customers written to { $path } (figures as of { $as-of }).
cli-report-written = Report for { $from } to { $to } written to { $path } ({ $kb } KB).
cli-report-not-translated = The report is not translated into '{ $code }' yet; it is written in English.
cli-cannot-write = cannot write { $path }
cli-demo-not-saved = the demo shop could not be saved

cli-import-undone = Import { $batch } undone: { $sales } sale lines and { $contacts } contacts removed{ $kept ->
    [0] {""}
   *[other] ; { $kept } contacts it created were kept because later imports or merges use them
}.
cli-erase-preview = Erasing would remove { $customers } customers ({ $contacts } contact records): their names, addresses, e-mails, phones and other columns, { $problems } import problem rows, { $merges } merge snapshots, { $pairs } "not the same person" decisions, { $consent } consent decisions, and their values in { $audit } audit lines. Their { $lines } sale lines stay, on anonymous records.
cli-erased = Erased { $customers } customers ({ $contacts } contact records): their names, addresses, e-mails, phones and other columns, { $problems } import problem rows, { $merges } merge snapshots, { $pairs } "not the same person" decisions, { $consent } consent decisions, and their values in { $audit } audit lines. Their { $lines } sale lines stay, on anonymous records.
cli-customer = { $name ->
    [none] customer { $id }
   *[other] customer { $id } ({ $name })
}
cli-merge-numbers = Merge { $count ->
    [one] number
   *[other] numbers
} { $numbers }; undo with: clientele unmerge { $undo }
cli-merged-all = { $groups } groups merged at threshold { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) }: { $absorbed } customers merged into others (see clientele merges; clientele unmerge undoes).
cli-set-aside = { $orders } { $status } { $orders ->
    [one] order
   *[other] orders
} ({ $amount }) kept but not counted.
basket-rule = { $per-ten } in 10 orders with { $antecedents } also have { $consequents }, { NUMBER($lift, minimumFractionDigits: 1, maximumFractionDigits: 1) } times more often than on average ({ $orders } orders)
cli-feedback-bad-score = '{ $value }' is not a score on the { $scale } scale ({ $scale ->
    [nps] 0 to 10
    [thumbs] up or down
   *[other] 1 to 5
})
