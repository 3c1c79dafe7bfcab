# "How sure is this?" on the Duplicates tab: first names that the shop's own records write
# for one another (Vika for Viktoriia), which the detector counts as one name.
# $count: a number, written already.
dupdiag-forms = Pairs of first names your records write for one another, counted as one name: { $count }
# $first, $second: two first names.
dupdiag-forms-pair = { $first } / { $second }
# $count: how many more pairs, written already.
dupdiag-forms-more = {" "}and { $count } more
# A likeness of two records' first names: one is another form of the other (Vika for
# Viktoriia, Bill for William).
dedup-first-name-other-form = first name in another form
# The same likeness in the model's table of what each likeness counts for.
dupdiag-level-other-form = another form
