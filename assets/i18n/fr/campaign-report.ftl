## Le rapport de campagne (PDF) et la réponse de sa ligne de commande.

campaign-report-title = Rapport de campagne : { $name }
campaign-report-prepared = Préparé le { $date }. Ventes comptées du { $start } au { $to }.
campaign-report-window-open = La fenêtre de réponse est encore ouverte : elle se termine le { $end }.
campaign-report-about = La campagne
campaign-report-field = Réglage
campaign-report-value = Valeur
campaign-report-name = Nom
campaign-report-goal = Objectif
campaign-report-target = Qui
campaign-report-rule = Restreinte par la règle
campaign-report-channel = Canal
campaign-report-start = Début
campaign-report-window = Fenêtre de réponse
campaign-report-window-days = { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}, du { $start } au { $end }
campaign-report-response = Ce qui compte comme réponse
campaign-report-response-any = toute commande
campaign-report-response-product = une commande avec { $name }
campaign-report-response-category = une commande dans la catégorie { $name }
campaign-report-response-revenue = une commande d'un montant positif
campaign-report-cost = Coût par contact
campaign-report-cost-none = non indiqué
campaign-report-control-share = Mis de côté comme groupe témoin
campaign-report-seed = Graine du tirage
campaign-report-groups = Contactés et groupe témoin
campaign-report-group = Groupe
campaign-report-customers = Clients
campaign-report-responders = Répondants
campaign-report-rate = Taux de réponse
campaign-report-revenue-per-customer = CA par client
campaign-report-orders-per-customer = Commandes par client
campaign-report-target-group = Contactés (cible)
campaign-report-control-group = Groupe témoin
campaign-report-chart-note = Taux de réponse de chaque groupe ; le trait sur la barre montre son intervalle à 95 %.
campaign-report-brought = Ce que le contact a apporté
campaign-report-measure = Mesure
campaign-report-interval = Sûr à 95 % : entre
campaign-report-range = { $low } et { $high }
campaign-report-points = { $points } points
campaign-report-rate-uplift = Gain incrémental du taux de réponse
campaign-report-rpc-uplift = Gain incrémental du CA par client
campaign-report-extra-responders = Clients en plus qui ont acheté
campaign-report-extra-revenue = Chiffre d'affaires en plus
campaign-report-total-cost = Coût des contacts
campaign-report-net = Gain net (CA en plus moins le coût)
campaign-report-per-cost = CA en plus par unité de coût
campaign-report-verdict = Verdict
campaign-report-left-out = Qui a été laissé de côté
campaign-report-reason = Raison
campaign-report-left-total = Total
campaign-report-left-none = Personne : chaque client de la cible pouvait être contacté sur ce canal.
campaign-report-written = Rapport de la campagne « { $name } » écrit dans { $path } ({ $kb } Ko).

## L'onglet Campagnes : le bouton du rapport et l'argent.

campaigns-report-save = Enregistrer le rapport (PDF)
campaigns-report-job = Préparation du rapport de campagne
campaigns-rpc-uplift = CA par client : { $diff } de plus que le groupe témoin (sûr à 95 % : entre { $low } et { $high })
campaigns-extra-revenue = Chiffre d'affaires en plus : { $revenue }
campaigns-return = Coût { $cost }, gain net { $net }, { $per } de CA en plus par unité de coût
