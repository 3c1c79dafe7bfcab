## « Ce résultat est-il fiable ? » dans l’onglet Doublons : ce que le détecteur de doublons a
## appris des clients de la boutique, et ses contrôles.

dupdiag-title = Ce résultat est-il fiable ?
dupdiag-verdict-passed = Le modèle a appris de vos données : tous les contrôles sont réussis.
dupdiag-verdict-fallback = Le modèle n’a rien pu apprendre de ces données ; poids par défaut utilisés.
dupdiag-verdict-failed = Un contrôle a échoué : examinez les groupes avec prudence.
dupdiag-checks = Contrôles faits après l’apprentissage
dupdiag-check-passed = { $check ->
    [agreement] Réussi : les fiches d’une même personne concordent plus souvent que celles de deux personnes
    [share] Réussi : le nombre de doublons est vraisemblable
   *[groups] Réussi : les scores des paires forment deux groupes
}
dupdiag-check-failed = { $check ->
    [agreement] Échoué : les fiches d’une même personne concordent plus souvent que celles de deux personnes
    [share] Échoué : le nombre de doublons est vraisemblable
   *[groups] Échoué : les scores des paires forment deux groupes
}
dupdiag-check-meaning = { $check ->
    [agreement] Le modèle a appris sur de mauvaises paires : dans un champ au moins, les deux fiches d’une même personne ne concordaient pas plus souvent que celles de deux personnes différentes, ou différaient plus souvent qu’elles ne concordaient.
    [share] Le nombre de doublons attendu par le modèle n’est pas crédible, ou les scores des paires ne le confirment pas.
   *[groups] Les scores ne séparent pas les doublons des personnes différentes : aucun écart net entre scores bas et scores hauts.
}
dupdiag-detail-agreement-ok = Dans chaque champ, les fiches d’une même personne concordent plus souvent.
dupdiag-detail-agreement-wrong = Appris à l’envers pour : { $fields }
dupdiag-list-separator = {", "}
dupdiag-detail-share = Paires de doublons attendues : { $expected } ({ $per_hundred } pour 100 clients) ; d’après les scores des paires : { $scored }
dupdiag-detail-too-few = Paires comparées : { $pairs }, trop peu pour conclure.
dupdiag-detail-one-side = Toutes les paires ont un score du même côté.
dupdiag-detail-groups = Paires au pic des scores bas : { $low } ; au pic des scores hauts : { $high } ; au point le plus bas entre les deux : { $valley }
dupdiag-compared = Paires de clients comparées : { $pairs }. Elles ont été trouvées par ces règles (une paire peut l’être par plusieurs) :
dupdiag-rule-column = Trouvées par
dupdiag-pairs-column = Paires
dupdiag-rule = { $rule ->
    [same-email] Même e-mail
    [same-phone] Même téléphone
    [birth-date-surname-initial] Même date de naissance et même initiale du nom
    [birth-date-first-name-initial] Même date de naissance et même initiale du prénom
    [birth-date-initials] Même date de naissance et mêmes initiales, dans un ordre ou l’autre
    [birth-date-postcode] Même date de naissance et même code postal
    [sounding-names] Noms qui se prononcent pareil
    [surname-postcode] Même nom et même code postal
    [first-name-postcode] Même prénom et même code postal
    [house-number-street] Même numéro et même rue
    [street-first-name-initial] Même rue et même initiale du prénom
    [city-first-name] Même ville et même prénom
    [house-number-postcode] Même numéro et même code postal
   *[name-neighbours] Voisins dans l’ordre alphabétique des noms
}
dupdiag-expected = Paires de doublons attendues dans toute la boutique : { $expected }
dupdiag-found = Paires de doublons dans les groupes trouvés : { $found }
dupdiag-chance = Probabilité que deux clients pris au hasard soient une même personne : { $chance }
dupdiag-threshold = Les groupes sont proposés à partir d’une certitude de { $threshold }.
dupdiag-levels-title = Ce que compte chaque type de ressemblance
dupdiag-levels-m = Même personne : à quelle fréquence les deux fiches d’une même personne se ressemblent ainsi.
dupdiag-levels-u = Deux personnes : à quelle fréquence deux personnes différentes se ressemblent ainsi.
dupdiag-levels-weight = Poids : ce que cela compte, en bits ; au-dessus de 0 pour une même personne, en dessous contre.
dupdiag-field-column = Champ
dupdiag-level-column = Ressemblance
dupdiag-m-column = Même personne
dupdiag-u-column = Deux personnes
dupdiag-weight-column = Poids
dupdiag-field = { $field ->
    [first-name] Prénom
    [surname] Nom
    [birth-date] Date de naissance
    [address] Adresse
    [address-2] Complément d’adresse
    [region] Région
    [email] E-mail
   *[phone] Téléphone
}
dupdiag-level = { $level ->
    [same] identique
    [very-similar] très proche
    [similar] proche
    [compatible] compatible
    [one-digit-apart] un chiffre d’écart
    [close] voisine
    [nearly-same] presque identique
    [same-street] même rue
    [partly-same] en partie identique
   *[different] différent
}
dupdiag-share = { $share }
dupdiag-one-in = 1 sur { $n }
dupdiag-never = jamais
