## Ce qu'un import a remarqué, ses problèmes de lignes, et pourquoi un fichier n'a pas été importé.

note-layout = Export { $name } reconnu
note-mixed-dates = Certaines dates sont au format jour/mois et d’autres mois/jour ; les lignes qui ne suivent pas l’ordre de la boutique sont signalées. Utilisez --date-format pour choisir.
note-whole-amounts = Tous les montants de la colonne « amount » sont des nombres entiers, à côté d’une devise : ils sont peut-être en centimes (1250 pour 12,50). Ils ont été lus en unités de la devise ; vérifiez le chiffre d’affaires, et utilisez un profil de format avec amount_unit = "cents" s’il s’agit de centimes.
note-walk-in = Ventes sans client (clients de passage) : { $lines ->
    [one] { $lines } ligne
    [many] { $lines } de lignes
   *[other] { $lines } lignes
}, comptées dans le chiffre d’affaires et les commandes, mais dans les chiffres d’aucun client.
import-blocker-no-sale-date = Choisissez la colonne qui contient la date de la vente.
import-blocker-no-amount = Choisissez la colonne qui contient le montant (ou le prix unitaire) de la vente.
problem-value-cut = ligne { $row }, colonne { $column } : la valeur fait { $length } caractères, plus que la longueur maximale { $what ->
    [name] d’un nom
   *[other] d’une valeur
} ({ $max }) ; seuls ses { $max } premiers caractères ont été gardés
problem-sale-date-missing = ligne { $row }, colonne { $column } : la date de la vente manque
problem-not-a-date = ligne { $row }, colonne { $column } : « { $value } » n’est pas une date
problem-amount-too-large = ligne { $row }, colonne { $column } : montant trop élevé : « { $value } » dépasse 10 000 000 000 000
problem-not-an-amount = ligne { $row }, colonne { $column } : « { $value } » n’est pas un montant
problem-not-a-quantity = ligne { $row }, colonne { $column } : « { $value } » n’est pas une quantité
problem-amount-missing = ligne { $row }, colonne { $column } : le montant manque (et il n’y a pas de prix unitaire pour le calculer)
problem-nobody-identified = ligne { $row } : rien n’identifie une personne (ni nom, ni société, ni e-mail, ni téléphone, ni référence)
problem-no-customer-named = ligne { $row } : la vente n’indique aucun client (ni numéro de client, ni e-mail, ni téléphone, ni nom)
problem-order-set-aside = ligne { $row } : la commande est { $status ->
    [cancelled] annulée
    [failed] en échec
    [pending] en attente
    [refunded] remboursée
    [completed] terminée
   *[other] au statut « { $status } »
} : gardée ici, mais pas comptée dans le chiffre d’affaires
group-value-cut = Colonne { $column } : les valeurs plus longues que la longueur maximale { $what ->
    [name] d’un nom
   *[other] d’une valeur
} ({ $max } caractères) ont été coupées
group-ragged-row = Lignes qui ont plus de valeurs que les { $columns } colonnes de l’en-tête ; les valeurs en trop sont gardées comme colonnes supplémentaires
group-sale-date-missing = Colonne { $column } : la date de la vente manque
group-not-a-date = Colonne { $column } : « … » n’est pas une date
group-amount-too-large = Colonne { $column } : montant trop élevé : « … » dépasse 10 000 000 000 000
group-not-an-amount = Colonne { $column } : « … » n’est pas un montant
group-not-a-quantity = Colonne { $column } : « … » n’est pas une quantité
group-amount-missing = Colonne { $column } : le montant manque (et il n’y a pas de prix unitaire pour le calculer)
problem-date-missing = ligne { $row }, colonne { $column } : le jour manque
problem-nothing-said = ligne { $row } : ni note ni commentaire
problem-no-customer-given = ligne { $row } : l’avis n’indique aucun client (ni numéro de client, ni e-mail, ni téléphone, ni nom)
problem-unknown-word = ligne { $row }, colonne { $column } : « { $value } » ne fait pas partie des mots connus ; gardé avec les autres colonnes
group-date-missing = Colonne { $column } : le jour manque
group-nothing-said = Ni note ni commentaire
group-no-customer-given = L’avis n’indique aucun client (ni numéro de client, ni e-mail, ni téléphone, ni nom)
group-unknown-word = Colonne { $column } : ne fait pas partie des mots connus
feedback-unknown-scale = { $file } : l’échelle des notes de la colonne « { $column } » est inconnue. Indiquez-la avec --scale nps (0-10), stars (1-5), csat (1-5) ou thumbs (pouce levé/baissé) ; rien n’a été importé
feedback-no-date-column = { $file } : aucune colonne ne contient le jour de l’avis ; indiquez-la avec --map date=COLUMN (ses colonnes : { $columns })
feedback-no-score-or-text-column = { $file } : aucune colonne ne contient de note ni de commentaire ; indiquez-en une avec --map score=COLUMN ou --map text=COLUMN (ses colonnes : { $columns })
feedback-leaving = { $who } : { $returned ->
    [one] { $returned } sur { $eligible } a racheté
    [many] { $returned } sur { $eligible } ont racheté
   *[other] { $returned } sur { $eligible } ont racheté
} dans les 90 jours ({ $share })
feedback-leaving-none = { $who } : aucun avis assez ancien pour le dire
feedback-who-negative = Mécontents (détracteurs, 1-2 étoiles)
feedback-who-neutral = Neutres (passifs, 3 étoiles)
feedback-who-positive = Satisfaits (promoteurs, 4-5 étoiles)
feedback-too-few = trop peu de réponses pour le dire
group-nobody-identified = Rien n’identifie une personne (ni nom, ni société, ni e-mail, ni téléphone, ni référence)
group-no-customer-named = La vente n’indique aucun client (ni numéro de client, ni e-mail, ni téléphone, ni nom)
group-order-set-aside = Commande { $status ->
    [cancelled] annulée
    [failed] en échec
    [pending] en attente
    [refunded] remboursée
    [completed] terminée
   *[other] au statut « { $status } »
} : gardée ici, mais pas comptée dans le chiffre d’affaires
group-bytes-replaced = Octets qui ne sont pas du texte { $encoding }, lus comme « � »
why-header = d’après le nom de la colonne
why-values = d’après les valeurs
why-chosen = choisi
why-layout = comme l’écrivent les exports { $layout }
import-duplicate-file = { $file } a déjà été importé le { $when } (import { $batch }) ; rien n’a été importé de nouveau. Annulez d’abord cet import, ou importez-le de nouveau volontairement avec --allow-duplicate-file.
import-no-such-column = { $file } n’a pas de colonne nommée « { $column } » ; ses colonnes : { $columns }
import-no-sale-date-column = { $file } n’a pas de colonne pour la date de la vente ; indiquez-la avec --map sold_at=COLUMN (colonnes : { $columns })
import-no-amount-column = { $file } n’a pas de colonne pour le montant (ou le prix unitaire) de la vente ; indiquez-la avec --map amount=COLUMN (colonnes : { $columns })
import-cancelled = l’import a été annulé ; rien n’a été modifié
import-internal = l’import s’est arrêté sur une erreur interne et rien n’a été modifié ({ $detail }) ; merci de la signaler

note-repeated-column = Le nom de colonne « { $base } » apparaît plusieurs fois ; la répétition est lue comme « { $header } » ({ $feeds ->
    [none] gardée avec les autres colonnes
   *[other] elle alimente { $feeds }
}). Vérifiez que chaque champ est alimenté par la bonne colonne (--map FIELD=COLUMN).
note-ambiguous-dates = Les dates comme 03/04/2025 peuvent se lire jour/mois ou mois/jour ; elles ont été lues { $order ->
    [month-first] mois/jour (4 mars)
   *[other] jour/mois (3 avril)
}, comme les écrivent les paramètres régionaux de la boutique (`clientele settings --locale` pour les changer). Utilisez --date-format %m/%d/%Y ou %d/%m/%Y pour choisir.
note-set-aside = { $orders ->
    [one] { $orders } commande
    [many] { $orders } de commandes
   *[other] { $orders } commandes
} au statut « { $status ->
    [cancelled] annulé
    [failed] échoué
    [pending] en attente
    [refunded] remboursé
    [completed] terminé
   *[other] { $status }
} » ({ $amount }), { $orders ->
    [one] gardée mais pas comptée.
    [many] gardées mais pas comptées.
   *[other] gardées mais pas comptées.
}
problem-ragged-row = ligne { $row } : { $values ->
    [one] { $values } valeur
    [many] { $values } de valeurs
   *[other] { $values } valeurs
}, mais l’en-tête a { $columns ->
    [one] { $columns } colonne
    [many] { $columns } de colonnes
   *[other] { $columns } colonnes
} ; les valeurs en trop sont gardées dans des colonnes nommées « Column { $next-column } », etc.
problem-not-kept = ligne { $row }, colonne { $column } : « { $value } » n’est pas { $expected ->
    [date] une date
    [email] une adresse e-mail
    [long-email] une adresse e-mail (elle dépasse 320 caractères)
    [yes-no] oui ou non
   *[other] un montant
} ; le champ est resté vide et la valeur a été gardée{ $cut ->
    [yes] {" "}(ses 10 000 premiers caractères)
   *[other] {""}
} avec les autres colonnes du client
problem-sale-date-out-of-range = ligne { $row }, colonne { $column } : la date { $date } { $bound ->
    [before-1900] est antérieure à 1900
   *[other] est à plus d’un jour dans le futur
} ; si elle est juste, acceptez ces dates (--allow-any-date, ou « Accepter les dates d’avant 1900 ou dans le futur » dans l’onglet Import)
problem-bytes-replaced = ligne { $row }, { $count ->
    [one] colonne
    [many] colonnes
   *[other] colonnes
} { $columns } : des octets qui ne sont pas du texte { $encoding } ont été lus comme « � » (« { $value } ») ; l’encodage a été choisi d’après le début du fichier : si le fichier est dans un autre encodage, importez-le de nouveau en le choisissant (--encoding, par exemple windows-1252)
problem-written = { $words }
group-not-kept = Colonne { $column } : « … » n’est pas { $expected ->
    [date] une date
    [email] une adresse e-mail
    [long-email] une adresse e-mail (elle dépasse 320 caractères)
    [yes-no] oui ou non
   *[other] un montant
} ; le champ est resté vide et la valeur gardée avec les autres colonnes du client
group-sale-date-out-of-range = Colonne { $column } : la date { $bound ->
    [before-1900] est antérieure à 1900
   *[other] est à plus d’un jour dans le futur
}
problem-not-a-score = ligne { $row }, colonne { $column } : « { $value } » { $scale ->
    [nps] n’est pas une note NPS (de 0 à 10)
    [stars] n’est pas une note en étoiles (de 1 à 5)
    [csat] n’est pas une note CSAT (de 1 à 5)
    [thumbs] n’est ni un pouce levé ni un pouce baissé
   *[other] n’est pas une note sur l’échelle { $scale } (de 1 à 5)
}
group-not-a-score = Colonne { $column } : { $scale ->
    [nps] pas une note NPS (de 0 à 10)
    [stars] pas une note en étoiles (de 1 à 5)
    [csat] pas une note CSAT (de 1 à 5)
    [thumbs] ni un pouce levé ni un pouce baissé
   *[other] pas une note sur l’échelle { $scale } (de 1 à 5)
}
import-none-with-choice = Avec ce choix, aucune ligne ne peut être importée : { $lacking ->
    [customer] il manque un client à chaque ligne.
    [date] il manque à chaque ligne une date de vente lisible.
    [amount] il manque à chaque ligne un montant lisible.
    [person] aucune ligne n’indique une personne (ni nom, ni société, ni e-mail, ni téléphone, ni référence).
   *[other] le fichier n’a pas de lignes de données
}
import-none-with-choice-because = Avec ce choix, aucune ligne ne peut être importée : { $why }{ $more ->
    [0] {""}
    [one] {" "}(et { $more } autre ligne avec des problèmes)
    [many] {" "}(et { $more } d’autres lignes avec des problèmes)
   *[other] {" "}(et { $more } autres lignes avec des problèmes)
}
import-nothing-imported = rien n’a été importé depuis { $file } : { $first ->
    [none] le fichier n’a pas de lignes de données
   *[other] { $first }
}{ $more ->
    [0] {""}
    [one] {" "}(et { $more } autre ligne avec des problèmes)
    [many] {" "}(et { $more } d’autres lignes avec des problèmes)
   *[other] {" "}(et { $more } autres lignes avec des problèmes)
}
import-wrong-kind = { $file } ressemble à { $kind ->
    [sales] une liste de ventes
   *[other] une liste de clients
} ({ $layout ->
    [none] des personnes, sans colonne de date de vente
   *[other] { $layout }
}) ; l’importer comme { $kind ->
    [sales] ventes
   *[other] clients
} ? Rien n’a été importé.
