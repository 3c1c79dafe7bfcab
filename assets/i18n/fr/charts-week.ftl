# The forecast chart by week: the point of the week not yet over.
charts-legend-so-far-week = Semaine en cours

# The forecast chart by week: the backtest switch.
charts-show-backtest-weeks = Montrer le contrôle sur l’historique : ce qu’aurait annoncé le modèle pour les semaines passées
