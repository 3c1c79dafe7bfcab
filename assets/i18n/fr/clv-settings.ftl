# The shop's lifetime value settings: margin and monthly discount rate (issue 21).
clv-settings-bad-margin = La marge doit être un pourcentage de 0 à 100, pas { $percent }.
clv-settings-bad-discount = Le taux d’actualisation mensuel doit être compris entre 0 et { $max } %, pas { $percent } %.
clv-settings-cli-margin = marge
clv-settings-cli-discount = taux d’actualisation mensuel
clv-settings-cli-percent = { $percent } %
clv-settings-margin = Marge bénéficiaire
clv-settings-margin-tip = La part de chaque vente que vous gardez en bénéfice. La valeur client ne compte que cette part (100 % compte toute la dépense).
clv-settings-discount = Taux d’actualisation par mois
clv-settings-discount-tip = Combien une vente du mois prochain vaut de moins pour vous qu’une vente aujourd’hui, quand la valeur client est additionnée. 1 % par mois est l’usage.
