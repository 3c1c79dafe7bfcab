
## The window's top bar, menus, dialogs and status bar.

app-the-database-could-not-be = The database could not be opened
app-start-clientele-with-db-path = Start Clientele with --db PATH to open another file, or close the program that is using it.
app-clientele = Clientele
app-shop-settings = Shop settings…
app-shop-name-locale-dates-numbers = Shop name, locale (dates, numbers), currency, phone country
app-the-database-file-everything-clientele = The database file: everything Clientele knows is in it.
app-cancel = Cancel

## The window's theme menu, at the top right.

app-theme = Theme
app-theme-system = System theme
app-theme-light = Light
app-theme-dark = Dark

## The window's jobs, in the status bar.

app-job-starting = Starting
app-job-saving-customers = Saving the customers
app-job-insights = Working out segments and charts
app-job-forecast = Forecasting
app-job-demo = Demo shop
# $job: what is being done; $stage: how far it is.
app-job-stage = { $job }: { $stage }
# $customers, $orders: counts; $shown_customers, $shown_orders: the same as written on screen; $revenue: an amount.
app-status-figures = { $customers ->
        [one] { $shown_customers } customer
       *[other] { $shown_customers } customers
    } · { $orders ->
        [one] { $shown_orders } order
       *[other] { $shown_orders } orders
    } · revenue { $revenue }

## Messages in the status bar.

# $path: where the picture was saved.
app-chart-saved = Chart saved in { $path }.
# $path: the file; $error: what went wrong.
app-not-written = { $path } could not be written: { $error }
# $error: what went wrong.
app-worker-not-started = the background worker could not start: { $error }
app-busy = Clientele is busy; try again in a moment.
app-settings-saved = Settings saved.
app-nothing-to-undo = Nothing to undo.
app-nothing-to-redo = Nothing to redo.
app-drop-file = Drop the file to import it
# $field: the field's name; $error: why.
app-edit-failed = { $field } was not changed: { $error }
# $count: how many customers; $shown: the same number as written on screen.
app-merged = { $count ->
        [one] { $shown } customer merged; Unmerge in the history undoes it.
       *[other] { $shown } customers merged; Unmerge in the history undoes it.
    }
# $batch: the import's number; $sales, $contacts: how many sale lines and contacts were removed, as written on screen.
app-import-undone = Import { $batch } undone: { $sales } sale lines and { $contacts } contacts removed.
# As above; $kept: how many contacts were kept, as written on screen.
app-import-undone-kept = Import { $batch } undone: { $sales } sale lines and { $contacts } contacts removed; { $kept } contacts it created were kept because later imports or merges use them.
# A field edited. $field: the field's name; $id: the customer's number; $value: the new value.
app-edit-saved = Saved: { $field } of customer { $id } is now '{ $value }'.
app-edit-saved-empty = Saved: { $field } of customer { $id } is now empty.
app-edit-undone = Undone: { $field } of customer { $id } is now '{ $value }'.
app-edit-undone-empty = Undone: { $field } of customer { $id } is now empty.
app-edit-redone = Redone: { $field } of customer { $id } is now '{ $value }'.
app-edit-redone-empty = Redone: { $field } of customer { $id } is now empty.
