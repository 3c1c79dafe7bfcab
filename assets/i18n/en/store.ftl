## The database, and what it refuses.

store-not-clientele = { $path } is not a Clientele database ({ $reason }). It was left untouched; choose another file or a new file name.
store-too-new = { $path } was saved by a newer version of Clientele (data format { $found }; this version reads up to { $supported }). Install the newer Clientele to open it; the file was left untouched.
store-busy = the database { $path } is busy: another Clientele window or program is writing to it. Wait for it to finish and try again.
store-read-only = the database { $path } cannot be written: it or its folder is read-only. Check the file's permissions, or copy it to a folder of your own and open the copy; nothing was changed.
store-damaged = the database { $path } is damaged and cannot be read reliably: restore a backup copy of it (the file was left as it is).
store-disk-full = the disk that holds { $path } is full: free some space and try again; nothing was changed.
store-cannot-open = cannot open the database { $path }: { $reason }
store-cancelled = cancelled; nothing was changed
store-sqlite = database error: { $detail }
store-sqlite-read-only = database error: the database file or its folder is read-only: check its permissions, or copy it to a folder of your own; nothing was changed
store-sqlite-damaged = database error: the database file is damaged: restore a backup copy of it
store-sqlite-disk-full = database error: the disk is full: free some space and try again; nothing was changed
store-not-sqlite = it is not a SQLite database at all
store-other-program = it is a SQLite database made by another program
store-open-folder = it is a folder, not a file
store-json = stored data could not be read: { $detail }
refused-no-import = there is no import number { $id } (clientele imports lists them)
refused-import-undone = import { $id } was already undone on { $at }
refused-not-a-date = '{ $value }' is not a date: write it as year-month-day, e.g. 1985-04-23
refused-not-an-email = '{ $value }' is not an email address: it needs an @
refused-sale-without-contact = sale line { $line } points at contact { $index } of a batch of { $contacts }
refused-no-customer = there is no customer number { $id }
refused-no-feedback = there is no feedback number { $id }
refused-segment-without-name = a saved segment needs a name
refused-no-saved-segment = there is no saved segment called '{ $name }'
refused-no-merge-given = no merge to undo was given
refused-no-merge = there is no merge number { $id } (clientele merges lists them)
refused-merge-undone = merge { $id } was already undone on { $at }
refused-same-person = customer { $id } cannot be a different person from itself
refused-erased = customer { $id } was erased on { $at } and cannot be merged
refused-unknown-merge-field = a saved merge names an unknown field '{ $column }'
refused-nothing-to-merge = no customer to merge into customer { $id } was given
refused-into-itself = customer { $id } cannot be merged into itself
refused-listed-twice = customer { $id } is listed twice
refused-undo-later-first = merge { $id } cannot be undone before merge { $later }, which later merged its customer { $survivor } into customer { $root }: undo merge { $later } first, or both together (clientele unmerge { $together })
refused-survivor-merged = merge { $id } cannot be undone while customer { $survivor } is merged into customer { $root }
refused-too-large-sum = the amounts add up to more than Clientele can hold (about 92 000 000 000 000 000); an amount in the file is far too large. Nothing was changed.
settings-unknown-locale = '{ $locale }' is not a locale Clientele knows; choose one of { $known }.
settings-not-a-currency = '{ $currency }' is not a currency code; use three letters such as EUR, USD or GBP.
settings-not-a-country = '{ $country }' is not a country code; use two letters such as FR, GB or US.
settings-shop-name-too-long = The shop name is longer than { $max } characters.
refused-in-plan = merge { $index } of { $of } (customer { $survivor }): { $cause }; nothing was merged

refused-already-merged = customer { $id } was already merged into customer { $root }{ $merge ->
    [none] {""}
   *[other] {" "}by merge { $merge }
}; merge with { $root } instead
