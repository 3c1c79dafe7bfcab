## What a job is doing, how it ended, and the background worker.

stage-reading-sales = Reading sales
stage-reading-products = Reading products and channels
stage-reading-customers = Reading customers
stage-working-out-segments = Working out segments
stage-forecasting = Choosing the model and forecasting
stage-working-out-cohorts = Working out cohorts
stage-working-out-channels = Working out channels
stage-predicting = Fitting the prediction models
stage-writing-file = Writing the file
stage-laying-out-pages = Laying out the pages
stage-drawing-preview = Drawing the preview
stage-merging = Merging
stage-erasing = Erasing
stage-creating-demo = Creating the demo shop
stage-saving-demo = Saving the demo shop
stage-checking = Checking { $file }
stage-importing = Importing { $file }
stage-checked-rows = Checking: { $rows } rows
stage-imported-rows = Importing: { $rows } rows
stage-detecting-reading = Reading names, phones and addresses
stage-detecting-learning-chance = Learning how often strangers look alike
stage-detecting-finding-pairs = Finding candidate pairs
stage-detecting-comparing-pairs = Comparing candidate pairs
stage-detecting-estimating-model = Estimating the model
stage-detecting-scoring-pairs = Scoring pairs
stage-finding-rules = Finding what sells together
stage-done = Done
cancelled-demo = Loading the demo shop was cancelled; nothing was changed.
cancelled-check = The check was stopped; nothing was written.
cancelled-import = The import was cancelled; nothing was changed.
cancelled-merge = The merge was cancelled; nothing was merged.
cancelled-erase = The erasure was cancelled; nothing was erased.
cancelled-find-duplicates = Finding duplicates was cancelled.
cancelled-segments = Working out the segments was cancelled.
cancelled-report = Making the report was cancelled.
cancelled-baskets = Finding what sells together was cancelled.
done-demo = The demo shop is ready: { $customers } customers over { $years } years.
done-import = Imported { $imported } of { $read } rows from { $file }.
done-report-saved = Report saved in { $path }.
done-rows-saved = { $rows } rows saved in { $path }.
print-no-service = Printing needs the system's print service ('{ $program }' was not found). Save the PDF and print it from your PDF viewer.
print-unreachable = The printer could not be reached: { $reason }.
print-no-printer = No printer is set up on this computer. Add one in the system's printer settings, or save the PDF and print it from another computer.
print-refused = The printer refused the report. Save the PDF and print it from your PDF viewer.
print-refused-because = The printer refused the report: { $reason }. Save the PDF and print it from your PDF viewer.
done-erased = { $customers } customers erased ({ $contacts } records emptied); their sales stay, on anonymous records.
done-backup-saved = Backup copy saved in { $path }.
privacy-backups-heading = Backups
privacy-backups-folder = Copies are kept in { $path }: one a day when the window opens, and one before each import, merge-all, erase and restore (7 daily and 4 weekly copies are kept). Restore one with clientele restore FILE.
privacy-backups-none = No copy yet.
privacy-backups-copy = { $name } · { $kb } KB
privacy-backup-now = Back up now
done-subject-saved = Everything held on the customer saved in { $path }.
worker-stopped = The background worker stopped: nothing more can be read or saved until it runs again, and what it was doing was not finished.
worker-restart = Start it again
worker-stopped-request = the background worker stopped before this was finished; start it again to go on

done-unmerge = { $merges ->
    [one] 1 merge undone; the customers are separate again.
   *[other] { $merges } merges undone; the customers are separate again.
}
print-sent = { $job ->
    [none] The report was sent to the printer.
   *[other] The report was sent to the printer (print job { $job }).
}
