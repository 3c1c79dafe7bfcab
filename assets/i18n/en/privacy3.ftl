# Erasing the people of a whole import, the retention rule "no order for N years" and restoring a backup, in the window.

# The Import tab's history: the menu of one import.
privacy3-import-menu-hover = More for this import
privacy3-import-erase = Erase the people of this import…
privacy3-import-erase-hover = Erase for good the customers one of whose records came from this import: shows what goes and asks first
# $batch: the import's number.
privacy3-erase-batch-title = Erase the people of import { $batch }?
# $years: the years without an order; $day: the day since which they have not ordered.
privacy3-erase-inactive-title = { $years ->
        [one] Erase the customers with no order for { $years } year (none since { $day })?
       *[other] Erase the customers with no order for { $years } years (none since { $day })?
    }
privacy3-erase-nobody = No customer to erase: nobody left falls under it.
# $count: how many customers; $shown: the same number as written on screen.
privacy3-erase-yes = { $count ->
        [one] Erase { $shown } customer for good
       *[other] Erase { $shown } customers for good
    }
privacy3-erase-job = { $count ->
        [one] Erasing { $shown } customer
       *[other] Erasing { $shown } customers
    }
privacy3-close = Close

# Shop settings: keeping data.
privacy3-keeping-heading = Keeping data
privacy3-keeping-intro = Erase the customers who have not ordered for a long time. Their sales stay, on anonymous records, so every total is unchanged.
privacy3-keeping-rule = Customers with no order for
# After the number of years chosen.
privacy3-keeping-years = { $years ->
        [one] year
       *[other] years
    }
# $day: the first day an order keeps a customer.
privacy3-keeping-nobody = Every customer has ordered since { $day }: nobody to erase.
privacy3-keeping-count = { $count ->
        [one] { $shown } customer has not ordered since { $day }:
       *[other] { $shown } customers have not ordered since { $day }:
    }
privacy3-keeping-more = { $count ->
        [one] and { $shown } more
       *[other] and { $shown } more
    }
privacy3-keeping-last = last order { $day }
privacy3-keeping-no-order = no order
privacy3-keeping-erase = Erase them…
privacy3-keeping-erase-hover = Shows what goes and asks first
# The Backups section (replaces the folder sentence that sent to the command line).
privacy3-backups-folder = Copies are kept in { $path }: one a day when the window opens, and one before each import, merge-all, erase and restore (7 daily and 4 weekly copies are kept).
privacy3-restore-button = Restore…
privacy3-restore-hover = Shows what this copy holds and asks first

# The question before a restore. $name: the copy's file name.
privacy3-restore-title = Restore the copy { $name }?
privacy3-restore-made = The copy was made on { $day }.
privacy3-restore-in-copy = In the copy
privacy3-restore-now = Now
privacy3-restore-customers = Customers
privacy3-restore-lines = Sale lines
privacy3-restore-first = First sale
privacy3-restore-last = Last sale
privacy3-restore-before = First a backup of the database as it is now is made in the backups folder: it is the way back.
privacy3-restore-erased = Customers erased since the copy was made stay erased.
privacy3-restore-warning = Everything the database holds now is replaced by the copy. This cannot be undone, except by restoring that backup.
privacy3-restore-yes = Restore this copy
privacy3-restore-job = Restoring a backup
privacy3-restore-stage = Putting the copy in place
# After a restore. $before: the backup made first; $erased: customers erased again.
privacy3-restored = Copy restored. The database as it was is in the backup { $before }. { $erased ->
        [0] {""}
        [one] { $erased } erased customer was erased again.
       *[other] { $erased } erased customers were erased again.
    }
privacy3-restored-nothing-kept = Copy restored. The database held nothing, so no backup of it was made. { $erased ->
        [0] {""}
        [one] { $erased } erased customer was erased again.
       *[other] { $erased } erased customers were erased again.
    }
