## The Duplicates tab.

duplicates-title = Duplicates

## Labels, buttons and tips of the Duplicates tab.

duplicates-duplicates = Duplicates
duplicates-find-duplicates-again = Find duplicates again
duplicates-compares-every-customer-with-the = Compares every customer with the likely matches; decisions already made are kept
duplicates-looking-for-customers-registered-more = Looking for customers registered more than once…
duplicates-groups-below-the-threshold-look = Groups below the threshold: look through them apart; none is merged unless you ask
duplicates-no-likely-duplicates-found-every = No likely duplicates found: every customer seems to be registered once.
duplicates-these-groups-are-below-the = These groups are below the suggested threshold: most are different people who share a name or an address.
duplicates-previous-group = Previous group (←)
duplicates-next-group = Next group (→)
duplicates-marked-as-different-people = Marked as different people
duplicates-skipped = Skipped
duplicates-merge-anyway = Merge anyway
duplicates-merge-y = Merge (Y)
duplicates-not-the-same-person-n = Not the same person (N)
duplicates-skip-s = Skip (S)
duplicates-keep-this-customer-s-number = Keep this customer's number; the others are merged into it
duplicates-after-merging = After merging
duplicates-reference = Reference
duplicates-keep-this-value = Keep this value
duplicates-merge-every-group-above = Merge every group above
duplicates-merge-them = Merge them…
duplicates-merge = Merge
duplicates-cancel = Cancel
duplicates-merge-history = Merge history
duplicates-no-customers-have-been-merged = No customers have been merged yet.
duplicates-unmerge = Unmerge

## The Duplicates tab's jobs, in the status bar.

duplicates-job-find = Finding duplicates
duplicates-job-merge-one = Merging
duplicates-job-merge-many = Merging duplicates
duplicates-job-starting = Starting

## The Duplicates tab's review of one group.

# $shown: how many groups, as written on screen.
duplicates-likely-tab = Likely duplicates ({ $shown })
# $shown: how many groups, as written on screen.
duplicates-unlikely-tab = Possible, unlikely ({ $shown })
# $at: the group's place in the list; $count: how many groups there are.
duplicates-group-of = Group { $at } of { $count }
# $certainty: a percentage.
duplicates-certainty-unlikely = Possible, unlikely: certainty { $certainty }
# $certainty: a percentage.
duplicates-certainty = Certainty { $certainty }
duplicates-cut-from-chain = Cut out of a longer chain: check carefully
duplicates-merged = Merged
# $reason: why the customers look like one person.
duplicates-why = Why: { $reason }
# $reason: a reason; $certainty: a percentage.
duplicates-reason-certainty = { $reason } (certainty { $certainty })
# $id: the customer's number.
duplicates-customer-kept = Customer { $id } (kept)
# $id: the customer's number.
duplicates-customer = Customer { $id }
# $n: how many groups; $n_shown: the same number as written on screen; $m: how many customers are merged into others; $m_shown: the same number as written on screen.
duplicates-merge-ask = Merge { $n ->
        [one] { $n_shown } group
       *[other] { $n_shown } groups
    } ({ $m ->
        [one] { $m_shown } customer
       *[other] { $m_shown } customers
    } into others)? Each merge can be undone from the history.

## The Duplicates tab's merge history: column headers and cells.

duplicates-history-merge = Merge
duplicates-history-kept = Kept
duplicates-history-merged-into = Merged into it
duplicates-history-certainty = Certainty
duplicates-history-by = By
duplicates-history-when = When
# $when: the date and time the merge was undone.
duplicates-history-undone = undone { $when }
# Who decided a merge.
duplicates-by-user = you
duplicates-by-auto = automatic

## The Duplicates tab's summary and bulk merge.

# $groups: how many groups; $shown_groups: the same as written on screen; $customers: how many customers; $shown_customers: the same as written on screen; $open: groups left to review, as written on screen; $threshold: a percentage.
duplicates-summary = { $groups ->
        [one] { $shown_groups } group
       *[other] { $shown_groups } groups
    } of likely duplicates among { $customers ->
        [one] { $shown_customers } customer
       *[other] { $shown_customers } customers
    } ({ $open } left to review). Groups are shown most certain first; the suggested certainty threshold is { $threshold }.
# $count: customers; $shown: the same number as written on screen.
duplicates-not-judgeable = { $count ->
        [one] { $shown } customer has no name, e-mail or phone and is never matched.
       *[other] { $shown } customers have no name, e-mail or phone and are never matched.
    }
# $n: how many groups; $n_shown: the same number as written on screen; $m: how many customers are merged into others; $m_shown: the same number as written on screen.
duplicates-bulk-count = { $n ->
        [one] { $n_shown } group
       *[other] { $n_shown } groups
    }, { $m ->
        [one] { $m_shown } customer
       *[other] { $m_shown } customers
    } merged away
