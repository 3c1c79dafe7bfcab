## La partie Prédictions du rapport.

report-predict-as-of = Au { $date }, d’après les ventes jusqu’à ce jour.
report-worth-saving = Clients à retenir
report-worth-saving-note = Clients déjà revenus qui s’éloignent (probabilité d’être encore client comprise entre { $from } et { $to }), classés par valeur menacée : ce qu’ils vaudraient sur les { $months } prochains mois s’ils restaient, multiplié par la probabilité qu’ils soient encore clients.
# $count : un nombre déjà écrit (l’accord ne peut pas en dépendre).
report-worth-saving-total = Clients : { $count } ; valeur menacée sur les { $months } prochains mois : { $at-risk }.
report-worth-saving-none = Aucun client déjà revenu ne s’éloigne en ce moment.
report-worth-saving-more = … et { $count } de plus.
report-column-customer = Client
report-column-purchase-days = Jours d’achat
report-column-still-customer = Encore client
report-column-worth = Valeur, { $months } mois
report-column-at-risk = Valeur menacée
report-predict-revenue = Chiffre d’affaires attendu de vos clients dans les { $days } prochains jours : { $expected }{ $low ->
    [none] {""}
   *[other] , le plus probablement entre { $low } et { $high }
}. Ce qu’ils valent sur les { $months } prochains mois : { $clv }.
