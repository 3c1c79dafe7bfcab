## L’onglet Graphiques.

charts-title = Graphiques

## Libellés, boutons et info-bulles de l’onglet Graphiques.

charts-charts = Graphiques
charts-hover-for-exact-values-drag = Survolez pour lire les valeurs exactes. Faites glisser pour vous déplacer, faites défiler ou pincez pour zoomer, double-cliquez pour revenir au départ.
charts-from = Du
charts-first-sale = 1re vente
charts-to = au
charts-as-of-date = fin
charts-write-dates-as-2025-06 = écrivez les dates sous la forme 2025-06-30
charts-save-as-png = Enregistrer en PNG…
charts-save-this-chart-as-an = Enregistrer ce graphique comme image
charts-there-are-no-sales-before = Il n’y a aucune vente avant la date d’analyse.
charts-so-far = en cours
charts-orders = Commandes
charts-average-order = Panier moyen
charts-no-sale-in-this-range = Aucune vente de cette période ne porte cette information.
charts-this-chart-needs-orders-in = Ce graphique a besoin de commandes sur au moins deux mois.
charts-customers-who-ordered-each-month = Clients qui ont commandé chaque mois : ceux qui commandent pour la première fois, et ceux qui reviennent.

## Libellés, boutons et info-bulles des tendances et de la prévision.

charts-work-out-the-figures-again = Recalculer les chiffres
charts-choosing-the-forecast-s-model = Choix du modèle de prévision et calcul des cohortes et des canaux…
charts-no-month-is-complete-yet = Aucun mois n’est encore complet.
charts-each-row-is-the-customers = Chaque ligne regroupe les clients dont le premier achat date de ce mois ; chaque colonne, un mois depuis (0 = celui du premier achat). Une case donne la part d’entre eux qui ont commandé ce mois-là.
charts-revenue-per-customer-of-each = Chiffre d’affaires par client de chacune des douze dernières cohortes, cumulé mois par mois depuis leur première commande.
charts-a-customer-counts-for-the = Un client compte pour le canal et le point de vente de sa première commande. Les classes de valeur : A apporte 80 % du chiffre d’affaires, B les 15 % suivants, C les 5 % restants.

## La liste des graphiques.

charts-chart-revenue = Chiffre d’affaires
charts-chart-orders = Commandes et panier moyen
charts-chart-new-returning = Clients nouveaux et récurrents
charts-chart-channel = CA par canal
charts-chart-category = CA par catégorie
charts-chart-store = CA par point de vente
charts-chart-segments = Segments : taille et CA
charts-chart-pareto = Courbe de Pareto
charts-chart-forecast = Prévision
charts-chart-cohorts = Cohortes : qui revient
charts-chart-channels = Canaux et points de vente

## Périodes et plages de dates.

charts-step-day = Jour
charts-step-week = Semaine
charts-step-month = Mois
charts-last-90-days = 90 derniers jours
charts-last-12-months = 12 derniers mois
charts-all = Tout

## Les graphiques : info-bulles des barres et des courbes, légendes, phrases.

# La barre d’une période en cours. $period : la période ; $day : le jour de la dernière vente.
charts-bar-so-far = { $period }, en cours (jusqu’au { $day })
# $amount : un montant.
charts-tip-revenue = chiffre d’affaires { $amount }
# $amount : le CA des dates affichées.
charts-in-range = { $amount } sur cette période.
charts-legend-revenue = Chiffre d’affaires
charts-legend-orders = Commandes
# $count : des commandes ; $shown : le même nombre, écrit à l’écran.
charts-tip-orders = { $count ->
        [one] { $shown } commande
        [many] { $shown } de commandes
       *[other] { $shown } commandes
    }
charts-legend-average-order = Panier moyen
# $amount : un montant.
charts-tip-average-order = panier moyen { $amount }
# $label : un canal, une catégorie ou un point de vente ; $amount : son CA ; $share : sa part du CA.
charts-part-total = { $label } : { $amount } ({ $share })
charts-legend-new = Nouveaux clients
charts-legend-returning = Clients récurrents
# $count : des clients.
charts-tip-new = { $count ->
        [one] { $count } nouveau client
        [many] { $count } de nouveaux clients
       *[other] { $count } nouveaux clients
    }
# $count : des clients.
charts-tip-returning = { $count ->
        [one] { $count } client récurrent
        [many] { $count } de clients récurrents
       *[other] { $count } clients récurrents
    }
# $segment : un segment ; $count : ses clients ; $shown : le même nombre, écrit à l’écran.
charts-segment-customers = { $count ->
        [one] { $segment } : { $shown } client
        [many] { $segment } : { $shown } de clients
       *[other] { $segment } : { $shown } clients
    }
# $segment : un segment ; $amount : son CA.
charts-segment-revenue = { $segment } : { $amount }
charts-legend-share-customers = Part des clients
charts-legend-share-revenue = Part du CA
# $share : un pourcentage.
charts-tip-share-customers = { $share } des clients
# $share : un pourcentage.
charts-tip-share-revenue = { $share } du chiffre d’affaires
# $top : 20 %, écrit à l’écran ; $share : la part du CA qu’ils apportent.
charts-pareto-explained = Clients classés du plus gros acheteur au plus petit. Les { $top } de vos clients qui dépensent le plus apportent { $share } du chiffre d’affaires.
charts-legend-even = Si tous dépensaient autant
# $share : une part des clients ; $count : combien de clients, écrit à l’écran ; $revenue : la part du CA qu’ils apportent.
charts-tip-pareto = les { $share } de clients qui dépensent le plus ({ $count }) apportent { $revenue } du chiffre d’affaires

## La prévision.

charts-show-backtest = Montrer le contrôle sur l’historique : ce qu’aurait annoncé le modèle pour les mois passés
charts-legend-range-95 = Fourchette à 95 %
charts-legend-range-80 = Fourchette à 80 %
charts-legend-forecast = Prévision
charts-legend-so-far = Mois en cours
charts-legend-backtest = Prévisions passées (contrôle)

## Cohortes et canaux.

charts-cohorts-came-back = Clients qui sont revenus
charts-cohorts-revenue = Chiffre d’affaires par client
# Au-dessus de la colonne de la taille des cohortes.
charts-cohorts-customers = clients
# Une case de la grille des cohortes. $month : le premier mois de la cohorte ; $active : clients qui ont commandé, écrit à l’écran ; $customers : clients de la cohorte, écrit à l’écran ; $period : mois depuis le premier ; $share : la part qui a commandé ; $revenue : leur CA ; $per_customer : le CA par client à ce jour.
charts-cohort-tip = { $month } : { $active } clients sur { $customers } ont commandé au mois { $period } ({ $share }) ; chiffre d’affaires { $revenue }, soit { $per_customer } par client à ce jour
charts-channels-where = Lieu du premier achat
charts-channels-customers = Clients
charts-channels-back-90 = Retour sous
    90 jours
charts-channels-back-365 = Retour sous
    un an
charts-channels-revenue = CA par client
    la première année
charts-channels-tier-a = Classe A
charts-channels-tier-b = Classe B
charts-channels-tier-c = Classe C
# $repeated : clients revenus, écrit à l’écran ; $eligible : clients vus pour la première fois il y a assez longtemps, écrit à l’écran.
charts-channels-back-90-tip = { $repeated } sur { $eligible } clients vus pour la première fois il y a au moins 90 jours
# Idem, pour un an.
charts-channels-back-365-tip = { $repeated } sur { $eligible } clients vus pour la première fois il y a au moins un an
