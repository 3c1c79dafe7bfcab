# "How sure is this?" on the Duplicates tab: first names that the shop's own records write
# for one another (Vika for Viktoriia), which the detector counts as one name.
# $count: a number, written already.
dupdiag-forms = Pairs of first names your records write for one another, counted as one name: { $count }
# $first, $second: two first names.
dupdiag-forms-pair = { $first } / { $second }
# $count: how many more pairs, written already.
dupdiag-forms-more = {" "}and { $count } more
