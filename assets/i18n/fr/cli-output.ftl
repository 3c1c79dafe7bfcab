# Les tableaux et résumés de la ligne de commande. Leur JSON reste en anglais.

cli-settings-shop-name = nom de la boutique
cli-settings-locale = paramètres régionaux
cli-settings-currency = devise
cli-settings-phone-country = pays des téléphones
cli-settings-window-language = langue de la fenêtre
cli-settings-dates = dates comme 03/04/2025
cli-settings-dates-read = { $order ->
    [day] 3 avril 2025 (jour d’abord)
   *[month] 4 mars 2025 (mois d’abord)
}
cli-settings-exports = exports
cli-settings-exports-read = séparateur décimal { $decimal ->
    [comma] virgule
   *[dot] point
}, séparateur CSV « { $delimiter } »
cli-columns-read = Colonnes lues :
cli-kept-as-extra = gardées comme colonnes supplémentaires : { $columns }
cli-stats-customers = clients
cli-stats-orders = commandes
cli-stats-sale-lines = lignes de vente
cli-stats-revenue = chiffre d’affaires
cli-stats-first-sale = première vente
cli-stats-last-sale = dernière vente
cli-dedup-compared = { $customers } clients comparés ({ $pairs } paires candidates) ; seuil conseillé { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) }.
cli-dedup-fallback = Le modèle n’a rien pu apprendre de ces données ; poids par défaut utilisés.
cli-dedup-not-judged = { $customers ->
    [one] { $customers } client n’a ni nom, ni e-mail, ni téléphone : il n’a pas été comparé.
   *[other] { $customers } clients n’ont ni nom, ni e-mail, ni téléphone : ils n’ont pas été comparés.
}
cli-dedup-groups = À { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) } : { $groups } groupes de doublons probables ; leur fusion rattacherait { $absorbed } clients à d’autres.
cli-dedup-shared-hint = Pourtant { $pairs } paires de clients ont le même e-mail ou le même téléphone : essayez un --threshold plus bas, ou vérifiez ces clients à la main.
cli-segments-as-of = Au { $as_of } : { $customers } clients avec des commandes.
cli-segments-segment = segment
cli-segments-tier = classe
cli-segments-customers = clients
cli-segments-revenue = CA
cli-segments-share = part
cli-segments-what-to-do = que faire
cli-segments-top-20 = (les 20 % de clients qui dépensent le plus apportent { $share } % du chiffre d’affaires)
cli-segments-lifecycle = cycle de vie (écart habituel { $gap } jours : actifs sous { $active } jours, à risque sous { $risk }, nouveaux = première commande dans les 90 derniers jours)
cli-error = erreur : { $message }
