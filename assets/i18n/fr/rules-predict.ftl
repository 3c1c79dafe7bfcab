## The Segments tab's rule editor: the predictions' figures a condition can look at (0 to 1
## for the two chances), and the line shown while the predictions are worked out for them.
rules-predict-field-p-alive = probabilité d'être encore client (0-1)
rules-predict-field-p-buy = probabilité d'achat sous 90 jours (0-1)
rules-predict-field-clv = valeur vie client (CLV)
rules-predict-field-expected-purchases = achats attendus sous 90 jours
rules-predict-working-out = Calcul des prédictions utilisées par ces règles…
