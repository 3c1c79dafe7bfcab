# Pourquoi deux fiches semblent être la même personne (onglet Doublons, `clientele dedup`).

dedup-first-name = { $level ->
    [same] même prénom
    [very-similar] prénom très proche
    [compatible] prénom compatible
   *[different] prénom différent
}
dedup-surname = { $level ->
    [same] même nom
    [very-similar] nom très proche
    [similar] nom proche
   *[different] nom différent
}
dedup-birth-date = { $level ->
    [same] même date de naissance
    [one-digit-apart] date de naissance à un chiffre près
    [close] date de naissance proche
   *[different] date de naissance différente
}
dedup-address = { $level ->
    [same] même adresse
    [nearly-same] adresse presque identique
    [same-street] même rue
    [partly-same] adresse en partie identique
   *[different] adresse différente
}
dedup-address-2 = { $level ->
    [same] même complément d’adresse
    [very-similar] complément d’adresse très proche
   *[different] complément d’adresse différent
}
dedup-region = { $level ->
    [same] même région
   *[different] région différente
}
dedup-email = { $level ->
    [same] même e-mail
    [nearly-same] e-mail presque identique
   *[different] e-mail différent
}
dedup-phone = { $level ->
    [same] même téléphone
    [nearly-same] téléphone presque identique
   *[different] téléphone différent
}
dedup-list-separator = {", "}
dedup-nothing-in-common = rien en commun
dedup-and-more = { $more ->
    [one] { $list } et { $more } autre point commun
   *[other] { $list } et { $more } autres points communs
}
dedup-names-swapped = { $list } (prénom et nom inversés)
dedup-but-differ = { $agree } ; { $differ }
dedup-reason-score = { $reason } ({ NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) })
