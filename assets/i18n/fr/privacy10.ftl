## Les prévisions conservées sur un client, dans la copie de ce qui est conservé à son sujet.

privacy10-pdf-predictions = Prévisions conservées sur ce client
privacy10-key-as-of = D'après les ventes jusqu'au
privacy10-key-model = Modèle
privacy10-key-horizon = Jours à venir
privacy10-key-p-alive = Probabilité d'être encore client
privacy10-key-p-buy = Probabilité d'acheter dans les jours à venir
privacy10-key-expected-purchases = Achats attendus dans les jours à venir
privacy10-key-expected-spend = Dépense attendue par achat
privacy10-key-clv = Valeur sur les mois à venir
