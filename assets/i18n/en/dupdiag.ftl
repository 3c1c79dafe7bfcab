## "How sure is this?" on the Duplicates tab: what the duplicate detector learnt from the
## shop's customers, and its self-checks.

dupdiag-title = How sure is this?
dupdiag-verdict-passed = The model learnt from your data: every check passed.
dupdiag-verdict-fallback = The model could not learn from this data; default weights used.
dupdiag-verdict-failed = A check failed: treat the groups with care.
dupdiag-checks = Checks made after learning
# $check: agreement, share or groups.
dupdiag-check-passed = { $check ->
    [agreement] Passed: one person's records agree more often than two people's
    [share] Passed: the number of duplicates is plausible
   *[groups] Passed: the pairs' scores fall into two groups
}
dupdiag-check-failed = { $check ->
    [agreement] Failed: one person's records agree more often than two people's
    [share] Failed: the number of duplicates is plausible
   *[groups] Failed: the pairs' scores fall into two groups
}
dupdiag-check-meaning = { $check ->
    [agreement] The model learnt from the wrong pairs: in some field, one person's two records did not agree more often than two different people's, or differed more often than they agreed.
    [share] The number of duplicates the model expects is not believable, or the pairs' scores do not add up to it.
   *[groups] The scores do not set duplicates apart from different people: there is no clear gap between low and high scores.
}
dupdiag-detail-agreement-ok = In every field, one person's records agree more often.
# $fields: a list of fields.
dupdiag-detail-agreement-wrong = Learnt the wrong way round for: { $fields }
dupdiag-list-separator = {", "}
# $expected, $scored: numbers of pairs; $per_hundred: pairs for every 100 customers.
dupdiag-detail-share = Duplicate pairs expected: { $expected } ({ $per_hundred } for every 100 customers); by the pairs' scores: { $scored }
dupdiag-detail-too-few = Pairs compared: { $pairs }, too few to tell.
dupdiag-detail-one-side = Every pair scores on the same side.
# $low, $high: pairs in the fullest one-bit bin of low and of high scores; $valley: in the emptiest between.
dupdiag-detail-groups = Pairs at the peak of the low scores: { $low }; at the peak of the high scores: { $high }; at the lowest point between them: { $valley }
dupdiag-compared = Pairs of customers compared: { $pairs }. They were found by these rules (one pair may be found by several):
dupdiag-rule-column = How they were found
dupdiag-pairs-column = Pairs
dupdiag-rule = { $rule ->
    [same-email] Same e-mail
    [same-phone] Same phone
    [birth-date-surname-initial] Same birth date and surname initial
    [birth-date-first-name-initial] Same birth date and first-name initial
    [birth-date-initials] Same birth date and initials, either way round
    [birth-date-postcode] Same birth date and postcode
    [sounding-names] Names that sound the same
    [surname-postcode] Same surname and postcode
    [first-name-postcode] Same first name and postcode
    [house-number-street] Same house number and street
    [street-first-name-initial] Same street and first-name initial
    [city-first-name] Same city and first name
    [house-number-postcode] Same house number and postcode
   *[name-neighbours] Next to each other in name order
}
dupdiag-expected = Duplicate pairs expected in the whole shop: { $expected }
dupdiag-found = Duplicate pairs in the groups found: { $found }
dupdiag-chance = Chance that two customers taken at random are one person: { $chance }
dupdiag-threshold = Groups are proposed from a certainty of { $threshold }.
dupdiag-levels-title = What each kind of likeness counts for
dupdiag-levels-m = One person: how often one person's two records agree like this.
dupdiag-levels-u = Two people: how often two different people do.
dupdiag-levels-weight = Weight: how much it counts, in bits; above 0 it speaks for one person, below 0 against.
dupdiag-field-column = Field
dupdiag-level-column = Likeness
dupdiag-m-column = One person
dupdiag-u-column = Two people
dupdiag-weight-column = Weight
dupdiag-field = { $field ->
    [first-name] First name
    [surname] Surname
    [birth-date] Birth date
    [address] Address
    [address-2] Address line 2
    [region] Region
    [email] E-mail
   *[phone] Phone
}
dupdiag-level = { $level ->
    [same] same
    [very-similar] very similar
    [similar] similar
    [compatible] compatible
    [one-digit-apart] one digit apart
    [close] close
    [nearly-same] nearly the same
    [same-street] same street
    [partly-same] partly the same
   *[different] different
}
# $share: a percentage.
dupdiag-share = { $share }
# $n: a whole number.
dupdiag-one-in = 1 in { $n }
dupdiag-never = never
