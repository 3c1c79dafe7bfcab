## Le rapport imprimé.
## { $v1 }, { $v2 }, … sont remplis dans l'ordre où l'anglais les cite : dates, chiffres, noms.

report-title = Rapport clients
report-period = Période
report-compared-with = Comparé à
report-prepared-on = Préparé le
report-filters = Filtres
report-filters-none = Tous les clients et toutes les ventes de la période
report-contents = Sommaire
report-page-of = Page { $v1 } sur { $v2 }
report-figure-dates = Du { $v1 } au { $v2 }
report-key-figures = Chiffres clés
report-key-figures-note = Clients = clients qui ont commandé pendant la période ; nouveaux clients = première commande pendant la période ; taux de réachat = part des clients de la période qui ont passé au moins deux commandes à la fin de celle-ci.
report-measure = Indicateur
report-this-period = Cette période
report-previous-period = Période précédente
report-last-year = Même période l’an dernier
report-change = Évolution
report-revenue = Chiffre d’affaires
report-orders = Commandes
report-customers = Clients
report-new-customers = Nouveaux clients
report-repeat-rate = Taux de réachat
report-average-order = Panier moyen
report-revenue-over-time = Évolution du chiffre d’affaires
report-revenue-over-time-note = Chiffre d’affaires par mois sur les 24 derniers mois ; les mois de la période du rapport sont en foncé.
report-by-channel-and-category = Chiffre d’affaires par canal et par catégorie
report-channel = Canal
report-category = Catégorie
report-share = Part
report-not-given = (non renseigné)
report-segments = Segments
report-segments-note = Tous les clients ayant passé une commande avant la fin de la période, regroupés selon la date de leur dernier achat et leur fréquence d’achat (RFM). La part du chiffre d’affaires porte sur tous leurs achats à ce jour.
report-segment = Segment
report-meaning = Ce que cela veut dire
report-action = Que faire
report-revenue-share = Part du CA
report-tiers = Classes de valeur
report-tiers-note = Clients classés selon leurs dépenses : la classe A apporte les premiers { $v1 } % du chiffre d’affaires, la classe B les { $v2 } % suivants, la classe C le reste.
report-tier-first = Les clients qui apportent { $v1 } % du chiffre d’affaires.
report-tier-next = Les { $v1 } % suivants du chiffre d’affaires.
report-tier-last = Les { $v1 } % restants du chiffre d’affaires.
report-tier = Classe
report-pareto-note = Les 20 % de clients qui dépensent le plus apportent { $v1 } du chiffre d’affaires.
report-pareto-axis-customers = Part des clients (plus grosses dépenses d’abord)
report-pareto-axis-revenue = Part du chiffre d’affaires
report-movement = Passages d’un segment à l’autre
report-movement-note = Clients dont le segment a changé entre la veille de la période ({ $v1 }) et son dernier jour ({ $v2 }) ; { $v3 ->
    [one] { $v3 } client a gardé son segment.
    [many] { $v3 } de clients ont gardé leur segment.
   *[other] { $v3 } clients ont gardé leur segment.
}
report-no-moves = Aucun client n’a changé de segment entre ces deux jours : tous les clients ayant passé commande ont gardé leur segment.
report-moved-from = De
report-moved-to = Vers
report-no-order-yet = (pas encore de commande)
report-unchanged = Inchangé
report-top-customers = Meilleurs clients
report-sells-together = Ce qui se vend ensemble
report-sells-together-note = Les produits le plus souvent achetés ensemble dans les commandes de la période, du lien le plus fort au plus faible : à quelle fréquence une commande qui contient les premiers produits contient aussi les autres, et combien de fois plus souvent qu’en moyenne.
report-no-sells-together = Aucun produit n’a été acheté assez souvent avec un autre dans les commandes de la période.
report-buy-also-buy = Les clients qui achètent … achètent aussi …
report-of-the-time = Fréquence
report-times-more-often = Fois plus souvent
report-top-customers-note = Les clients qui ont le plus dépensé pendant la période.
report-name = Nom
report-period-revenue = Dépensé sur la période
report-total-spent = Total dépensé
report-last-order = Dernière commande
report-phone = Téléphone
report-email = E-mail
report-to-call = Clients à appeler cette semaine
report-to-call-note = Clients à forte valeur (classe A) « À risque » ou « À ne pas perdre » : ils achetaient beaucoup et ne sont pas revenus. Plus grosses dépenses d’abord.
report-to-call-none = Aucun client à forte valeur n’est en train de s’éloigner pour le moment.
report-and-more = { $v1 ->
    [one] … et { $v1 } autre.
    [many] … et { $v1 } d’autres.
   *[other] … et { $v1 } autres.
} Pour les exporter : clientele export segment "{ $v2 }" --out list.xlsx
report-data-quality = Qualité des données
report-likely-duplicates = Clients qui partagent un e-mail ou un téléphone avec un autre client
report-likely-duplicates-note = Doublons probables en attente de vérification ; l’onglet Doublons en trouve d’autres (noms et adresses proches) et les fusionne.
report-rejected-rows = Lignes rejetées lors des derniers imports
report-rejected-rows-none = Les derniers imports n’ont rejeté aucune ligne.
report-import = Import
report-file = Fichier
report-date = Date
report-rows-read = Lignes lues
report-rows-rejected = Rejetées
report-without-email = Clients sans e-mail
report-without-phone = Clients sans téléphone
report-without-either = Clients sans e-mail ni téléphone
report-count = Nombre
report-no-sales = Aucune vente sur cette période.
report-forecast = Prévision
report-forecast-next = Mois prochain : environ { $v1 } (de { $v2 } à { $v3 }, une fourchette qui contient le chiffre réel 8 fois sur 10).
report-forecast-accuracy = Cette prévision ({ $v1 }) s’est trompée en moyenne de { $v2 } sur la dernière période de { $v3 } mois, contre { $v4 } pour « comme l’an dernier ».
report-forecast-accuracy-plain = Cette prévision ({ $v1 }) s’est trompée en moyenne de { $v2 } sur la dernière période de { $v3 } mois, contre { $v4 } pour « comme le mois précédent ».
report-forecast-short = { $v1 ->
    [one] Avec seulement { $v1 } mois complet d’historique
    [many] Avec seulement { $v1 } de mois complets d’historique
   *[other] Avec seulement { $v1 } mois complets d’historique
} (il en faut 24 pour voir chaque saison deux fois), la prévision ne tient pas compte des saisons.
report-forecast-so-far = En cours ({ $v1 }) : { $v2 } (au { $v3 }).
report-forecast-none = Trop peu d’historique pour une prévision : { $v1 ->
    [one] { $v1 } mois complet
    [many] { $v1 } de mois complets
   *[other] { $v1 } mois complets
}, et il en faut au moins 6.
report-month = Mois
report-forecast-column = Prévision
report-range-80 = Fourchette à 80 %
report-range-95 = Fourchette à 95 %
report-cohorts = Qui revient
report-cohorts-came-back = Parmi les clients dont le premier achat date de { $v1 }, { $v2 } sont revenus dans les trois mois
report-cohorts-year-before = { $v1 } ; pour { $v2 }, c’était { $v3 }.
report-cohorts-note = Clients regroupés selon le mois de leur première commande : la part d’entre eux qui ont commandé 1, 2, 3 et 6 mois plus tard.
report-months-later = { $v1 } mois après
report-first-bought = Premier achat
report-acquisition = D’où viennent les clients
report-acquisition-note = Clients regroupés selon le canal et le point de vente de leur première commande : la part qui est revenue dans les 90 jours et dans l’année (parmi ceux vus pour la première fois il y a assez longtemps), leur chiffre d’affaires de première année et leurs classes de valeur (A apporte 80 % du chiffre d’affaires, B les 15 % suivants, C les 5 % restants).
report-acquisition-compare = Les clients dont le premier achat s’est fait par { $v1 } reviennent moins souvent dans l’année ({ $v2 }) que ceux dont le premier achat s’est fait par { $v3 } ({ $v4 }).
report-back-90 = Retour sous 90 jours
report-back-365 = Retour sous un an
report-revenue-12m = CA de la première année
