# Why the duplicate detector thinks two records are one person (Duplicates tab, `clientele dedup`).
# Each field is a message; $level is how alike the two records are in it.

dedup-first-name = { $level ->
    [same] same first name
    [very-similar] very similar first name
    [compatible] compatible first name
   *[different] different first name
}
dedup-surname = { $level ->
    [same] same surname
    [very-similar] very similar surname
    [similar] similar surname
   *[different] different surname
}
dedup-birth-date = { $level ->
    [same] same birth date
    [one-digit-apart] birth date one digit apart
    [close] close birth date
   *[different] different birth date
}
dedup-address = { $level ->
    [same] same address
    [nearly-same] nearly the same address
    [same-street] same street
    [partly-same] partly the same address
   *[different] different address
}
dedup-address-2 = { $level ->
    [same] same address line 2
    [very-similar] very similar address line 2
   *[different] different address line 2
}
dedup-region = { $level ->
    [same] same region
   *[different] different region
}
dedup-email = { $level ->
    [same] same e-mail
    [nearly-same] nearly the same e-mail
   *[different] different e-mail
}
dedup-phone = { $level ->
    [same] same phone
    [nearly-same] nearly the same phone
   *[different] different phone
}
dedup-list-separator = {", "}
dedup-nothing-in-common = nothing in common
dedup-and-more = { $list } and { $more } more
dedup-names-swapped = { $list } (first and last names swapped)
dedup-but-differ = { $agree }; { $differ }
dedup-reason-score = { $reason } ({ NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) })
