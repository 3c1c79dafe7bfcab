# Prévision, cohortes et canaux, deuxième partie (issue 23).

## Tableau des canaux de l'onglet Graphiques : valeur vie client prévue moyenne.

trends2-clv-header = Valeur vie client prévue
    (clients)
trends2-clv-cell = { $average } ({ $customers })
trends2-clv-tip = { $customers ->
    [one] Moyenne sur le { $customers } client de ce groupe qui a une prévision, calculée comme dans Prévisions avec la marge et le taux d’actualisation de la boutique.
    [many] Moyenne sur les { $customers } clients de ce groupe qui ont une prévision, calculée comme dans Prévisions avec la marge et le taux d’actualisation de la boutique.
   *[other] Moyenne sur les { $customers } clients de ce groupe qui ont une prévision, calculée comme dans Prévisions avec la marge et le taux d’actualisation de la boutique.
}
trends2-clv-too-little = pas assez de données
trends2-clv-too-little-tip = La boutique a trop peu de clients fidèles pour que Prévisions calcule une valeur vie client.

## Période et pas de l'onglet Graphiques pour Prévision, Cohortes et Canaux.

trends2-forecast-no-day = La prévision se fait par semaine ou par mois, pas par jour : affichée par mois.
trends2-forecast-range = La prévision apprend de toutes les ventes jusqu’à la date « au » ; « du » ne s’applique pas.
trends2-cohorts-by-month = Par mois
trends2-cohorts-by-quarter = Par trimestre
trends2-cohorts-range = Cohortes des clients dont la première commande tombe dans la période, suivis jusqu’à la date « au ». Le pas est le mois ou le trimestre.
trends2-channels-range = Clients dont la première commande tombe dans la période, suivis jusqu’à la date « au ». Le pas ne s’applique pas.
trends2-cohorts-each-row-quarter = Chaque ligne : les clients dont le premier achat date de ce trimestre ; chaque colonne : un trimestre depuis (0 = le premier). Une case : la part d’entre eux qui a commandé ce trimestre-là.
trends2-no-customer-in-range = Aucune première commande ne tombe dans cette période.

## Tableau des canaux et graphiques du rapport imprimé.

trends2-report-clv = Valeur vie client prévue (clients)
trends2-report-clv-cell = { $v1 } ({ $v2 })
trends2-report-clv-note = Valeur vie client prévue : moyenne sur les clients du groupe qui ont une prévision (leur nombre entre parenthèses), calculée comme dans la section Prévisions avec la marge et le taux d’actualisation de la boutique.
trends2-report-clv-too-little = pas assez de données
trends2-report-chart-history = Chiffre d’affaires
trends2-report-chart-forecast = Prévision
trends2-report-chart-range-80 = Fourchette à 80 %
trends2-report-chart-range-95 = Fourchette à 95 %
trends2-report-chart-months-since = Mois depuis la première commande
trends2-report-chart-back-within-year = Retour sous un an
