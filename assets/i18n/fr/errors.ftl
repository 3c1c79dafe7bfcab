## Erreurs des opérations : règles de segment, exports, rapports, paniers.

error-preview = impossible de relire le rapport pour l’aperçu ({ $detail })
rule-unreadable = la règle n’est pas valide : { $why } (voir docs/segment-rules.md pour la façon d’écrire les règles)
rule-group-with-more = un groupe contient « { $key } » et rien d’autre ne doit l’accompagner
rule-group-needs-list = « { $key } » attend une liste de règles
rule-not-a-rule = une règle est une condition comme {"{"}"field": "city", "op": "is", "value": "Lyon"{"}"} ou un groupe {"{"}"all": [...]{"}"} / {"{"}"any": [...]{"}"}
rule-op-not-for-field = « { $op } » ne s’utilise pas avec { $field }
rule-between-needs-two = { $field } entre : il faut deux nombres, par exemple [10, 50]
rule-needs-number = { $field } { $op } : il faut un nombre
rule-in-needs-list = { $field } fait partie de : il faut une liste de valeurs, par exemple ["Lyon", "Paris"]
rule-needs-texts = { $field } { $op } : il faut un texte ou une liste de textes, par exemple "Roses" ou ["Roses", "Tulipes"]
rule-needs-text = { $field } { $op } : il faut un texte
rule-unknown-value = « { $value } » n’est pas une valeur possible de { $field } : choisissez parmi { $known }
export-cannot-write = impossible d’écrire { $path } : { $reason }
export-too-many-rows = { $rows ->
    [one] { $rows } ligne ne tient pas dans une seule feuille de calcul (au plus { $max }) ; exportez plutôt vers un fichier .csv
    [many] { $rows } de lignes ne tiennent pas dans une seule feuille de calcul (au plus { $max }) ; exportez plutôt vers un fichier .csv
   *[other] { $rows } lignes ne tiennent pas dans une seule feuille de calcul (au plus { $max }) ; exportez plutôt vers un fichier .csv
}
report-fonts = impossible de charger les polices du rapport
report-chart = impossible de dessiner un graphique : { $detail }
report-pdf = impossible d’écrire le PDF : { $detail }
sections-unknown = rubrique de rapport inconnue « { $word } » ; les rubriques sont { $known }
sections-empty = indiquez au moins une rubrique du rapport
baskets-not-a-decimal = « { $text } » n’est pas un nombre décimal comme 0.05
baskets-ratio-out-of-range = « { $text } » n’est pas compris entre 0 et 1 (18 décimales au plus)
baskets-too-many-itemsets = plus de { $limit } combinaisons fréquentes : augmentez le support minimum
baskets-cancelled = l’analyse des paniers a été annulée
cancelled-predict = Le calcul des prédictions a été annulé.
error-predict = Pas de prédictions : { $detail }.
error-write = impossible d’écrire { $path } : { $reason }
error-print-file = Impossible de préparer le rapport pour l’impression : { $reason }.
error-has-data = { $path } contient déjà des données ; la boutique de démonstration n’a pas été chargée. Utilisez --force pour remplacer ces données par la boutique de démonstration, ou --db pour choisir un autre fichier.
error-threshold = le seuil est une probabilité entre 0 et 1 (par exemple 0.9), pas { $threshold }
error-name-taken = « { $name } » est déjà le nom d’un segment, d’une classe ou d’une phase du cycle de vie ; choisissez un autre nom
error-no-such-segment = aucun segment, classe, phase du cycle de vie ou segment enregistré ne s’appelle « { $name } »
error-segment-not-named = indiquez le segment à exporter, par exemple clientele export segment "At risk" --out at-risk.csv
error-period = --from { $from } est après --to { $to } ; indiquez d’abord le premier jour de la période
error-export-format = { $path } : nommez le fichier en .csv ou .xlsx pour que Clientele sache quel format écrire
error-internal = la tâche s’est arrêtée sur une erreur interne et rien n’a été modifié ({ $detail }) ; merci de la signaler

rule-said = { $said }
export-xlsx = { $detail }
