## Prévision, cohortes, canaux, classes de valeur et prédictions.

forecast-accuracy-seasonal = Cette prévision ({ $model }) s’est trompée en moyenne de { $error } sur la dernière période de { $span }, contre { $baseline } pour « comme l’an dernier ».
forecast-accuracy-plain = Cette prévision ({ $model }) s’est trompée en moyenne de { $error } sur la dernière période de { $span }, contre { $baseline } pour « comme la période précédente ».
forecast-short-history = Avec seulement { $span } d’historique complet (il faut { $needed } pour voir chaque saison deux fois), la prévision ne tient pas compte des saisons : elle ne sait pas encore quels mois vendent le plus.
forecast-so-far = En cours ({ $period }) : { $value } (au { $through }).
forecast-next-month = Mois prochain : environ { $value } ({ $lo }–{ $hi }).
forecast-next-week = Semaine prochaine : environ { $value } ({ $lo }–{ $hi }).
channels-not-given = canal non renseigné
channels-compare = Les clients dont le premier achat s’est fait par { $low } reviennent moins souvent dans l’année ({ $low_rate }) que ceux dont le premier achat s’est fait par { $high } ({ $high_rate }).
cli-no-sales = La boutique n’a pas encore de ventes : importez d’abord des ventes (clientele import sales FILE) ou chargez la boutique de démonstration (clientele demo).
cancelled-forecast = La prévision a été annulée.
cancelled-cohorts = Le calcul des cohortes a été annulé.
cancelled-channels = Le calcul des canaux a été annulé.
error-forecast-too-short = la boutique a { $periods ->
    [one] { $periods } période complète de ventes
    [many] { $periods } de périodes complètes de ventes
   *[other] { $periods } périodes complètes de ventes
} ; une prévision en demande au moins { $needed }
error-forecast-horizon = --horizon { $horizon } est hors limites : la prévision va de 1 à { $max } périodes à l’avance
error-forecast-hold-out = --backtest { $held_out } laisse trop peu d’historique sur les { $periods } périodes complètes pour ajuster le modèle ; mettez moins de périodes de côté
tier-meaning-first = Les clients qui apportent { $share } % du chiffre d’affaires.
tier-meaning-next = Les { $share } % suivants du chiffre d’affaires.
tier-meaning-last = Les { $share } % restants du chiffre d’affaires.
predict-too-little-data = Pas encore de prédictions : sur vos { $customers } clients, { $repeat ->
    [one] seul { $repeat } a acheté
    [many] seuls { $repeat } ont acheté
   *[other] seuls { $repeat } ont acheté
} sur plus d’une journée, et il en faut au moins { $needed } pour savoir à quel rythme vos clients reviennent.
predict-few-repeat = { $repeat ->
    [one] Seul { $repeat } client a acheté
    [many] Seuls { $repeat } de clients ont acheté
   *[other] Seuls { $repeat } clients ont acheté
} sur plus d’une journée (à partir de { $recommended }, les chiffres sont plus stables) : prenez ces prédictions comme des ordres de grandeur.
predict-check-history-short = Le modèle n’a pas été vérifié : il faut pour cela { $needed ->
    [one] { $needed } jour
    [many] { $needed } de jours
   *[other] { $needed } jours
} de ventes et la boutique en a { $history }. Les prédictions restent valables.
predict-check-few-repeat = Le modèle n’a pas été vérifié : avant la dernière période, { $repeat ->
    [one] seul { $repeat } client avait acheté
    [many] seuls { $repeat } de clients avaient acheté
   *[other] seuls { $repeat } clients avaient acheté
} plus d’une fois (il en faut { $needed }). Les prédictions restent valables.
predict-check-fit-failed = Le modèle n’a pas été vérifié : il n’a pas pu être ajusté sur les ventes antérieures. Les prédictions restent valables.
predict-headline = Environ { $likely } de vos { $customers } clients devraient racheter d’ici { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}.
predict-model-lower-error = Modèle utilisé : { $model }. Sur vos propres ventes récentes, il s’est trompé en moyenne de { NUMBER($mae, minimumFractionDigits: 2, maximumFractionDigits: 2) } sur le nombre d’achats par client, contre { NUMBER($other-mae, minimumFractionDigits: 2, maximumFractionDigits: 2) } pour { $other }.
predict-model-only = Modèle utilisé : { $model }.
predict-model-requested = Modèle utilisé : { $model }, comme demandé.
predict-model-other-failed = Modèle utilisé : BG/NBD ; Pareto/NBD n’a pas pu être ajusté sur ces ventes.
predict-model-default = Modèle utilisé : { $model } (le choix habituel quand le modèle ne peut pas être vérifié).

forecast-months = { $count ->
    [one] { $count } mois
    [many] { $count } de mois
   *[other] { $count } mois
}
forecast-weeks = { $count ->
    [one] { $count } semaine
    [many] { $count } de semaines
   *[other] { $count } semaines
}
forecast-hold-out-seasonal = Choisi sur l’historique qui précède la dernière période de { $span }, { $model } s’est trompé en moyenne de { $error } sur cette période, contre { $baseline } pour « comme l’an dernier ».
forecast-hold-out-plain = Choisi sur l’historique qui précède la dernière période de { $span }, { $model } s’est trompé en moyenne de { $error } sur cette période, contre { $baseline } pour « comme la période précédente ».
forecast-coverage = Sur ces périodes, la fourchette à { $p80 } a contenu { $c80 } des chiffres réels, et celle à { $p95 }, { $c95 }.
cohorts-came-back-months = Parmi les clients dont le premier achat a eu lieu en { $cohort }, { $share } sont revenus dans les trois mois{ $before ->
    [none] .
   *[other] ; pour { $before }, c’était { $before_share }.
}
cohorts-came-back-quarter = Parmi les clients dont le premier achat a eu lieu en { $cohort }, { $share } sont revenus dans le trimestre suivant{ $before ->
    [none] .
   *[other] ; pour { $before }, c’était { $before_share }.
}
channels-group = { $name }
predict-check = Vérifié sur la dernière période de { $days ->
    [one] { $days } jour
    [many] { $days } de jours
   *[other] { $days } jours
}, avec un modèle ajusté seulement sur les ventes d’avant : vos clients ont totalisé { $actual } jours d’achat, et le modèle en prévoyait { $predicted }.{ $auc ->
    [none] {""}
   *[other] {" "}Entre deux clients, l’un qui est revenu et l’autre non, il a mieux noté celui qui est revenu dans { $auc } % des cas.
}
