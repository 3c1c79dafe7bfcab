## L’onglet Prédictions.

predictions-title = Prédictions

## Libellés, boutons et info-bulles de l’onglet Prédictions.

predictions-predictions = Prédictions
predictions-once-your-shop-has-sales = Dès que votre boutique aura des ventes, cet écran montrera quels clients vont sans doute racheter.
predictions-work-them-out-again = Recalculer
predictions-is-the-model-right-for = Le modèle convient-il à votre boutique ?
predictions-working-out-the-value-tiers = Calcul des classes de valeur…
predictions-show-in-customers = Voir dans Clients
predictions-open-the-customers-tab-showing = Ouvrir l’onglet Clients avec seulement ces clients
predictions-save-as-spreadsheet = Enregistrer en tableur…
predictions-an-excel-workbook-xlsx-or = Un classeur Excel (.xlsx) ou un fichier CSV
predictions-customer = Client
predictions-still-a-customer = Encore client ?
predictions-value-at-risk = Valeur menacée
predictions-still-a-customer-2 = Encore client ?
predictions-predicted-against-what-happened = Prédictions et réalité
predictions-not-checked-see-above = Non vérifié (voir plus haut).

## Les chiffres et les listes de l’onglet Prédictions.

predictions-job = Calcul des prédictions
predictions-job-starting = Démarrage
# $date : le jour de la dernière vente.
predictions-from-sales = D’après vos ventes jusqu’au { $date }.
# $days : le nombre de jours à venir ; $expected : le CA attendu ; $months : le nombre de mois ; $worth : ce que valent les clients sur cette durée.
predictions-revenue = Chiffre d’affaires attendu de ces clients dans les { $days } prochains jours : { $expected }. Valeur sur les { $months } prochains mois : { $worth }.
# Idem, avec la fourchette où le CA a le plus de chances de tomber : de $low à $high.
predictions-revenue-range = Chiffre d’affaires attendu de ces clients dans les { $days } prochains jours : { $expected } (le plus probablement entre { $low } et { $high }). Valeur sur les { $months } prochains mois : { $worth }.
predictions-worth-saving = Clients à retenir
predictions-worth-saving-explained = Clients déjà revenus qui s’éloignent, classés par valeur menacée : ce qu’ils vaudraient s’ils restaient, multiplié par la probabilité qu’ils soient encore clients.
predictions-likely-to-leave = Clients sur le départ
predictions-likely-to-leave-explained = Vos meilleurs clients (classes de valeur A et B) qui ont sans doute cessé d’acheter, ou qui ont plusieurs réclamations non réglées, classés par valeur menacée.
# $count : des clients ; $shown : le même nombre, écrit à l’écran ; $amount : la valeur menacée ; $months : le nombre de mois.
predictions-at-risk = { $count ->
        [one] { $shown } client ; valeur menacée sur les { $months } prochains mois : { $amount }.
        [many] { $shown } de clients ; valeur menacée sur les { $months } prochains mois : { $amount }.
       *[other] { $shown } clients ; valeur menacée sur les { $months } prochains mois : { $amount }.
    }
# $days : le nombre de jours à venir.
predictions-buys-in-days = Achats à { $days } jours
# $words : la probabilité, en mots ; $percent : la probabilité en chiffres.
predictions-alive = { $words } ({ $percent })
# $rows : lignes affichées ; $count : lignes en tout.
predictions-first-rows = Les { $rows } premiers sont affichés ; les boutons les prennent tous ({ $count }).
predictions-legend-customers = Clients
predictions-by-chance = Clients selon la probabilité d’acheter encore (%)
# $months : le nombre de mois.
predictions-worth-over = Valeur sur { $months } mois
# $amount : le montant au-delà duquel les clients sont dans la dernière barre.
predictions-by-value = Clients selon leur valeur (la dernière barre regroupe tout ce qui dépasse { $amount })
predictions-legend-happened = Réalité
# $days : les jours sur lesquels le modèle a été vérifié.
predictions-check-explained = Achats par client sur les { $days } derniers jours, selon le nombre d’achats d’avant (7 = 7 ou plus)
