# Le fuseau horaire de la boutique : réglages, ligne de commande et note de l’import.
time-zone-label = Fuseau horaire
time-zone-computers = Celui de l’ordinateur ({ $zone })
time-zone-hint = Les heures écrites avec un fuseau, et celles des fichiers dont le format dit UTC, sont lues dans ce fuseau.
time-zone-search = Tapez une partie du nom : Paris, New York…
time-zone-none-found = Aucun fuseau horaire ne porte ce nom.
time-zone-unknown = « { $zone } » n’est pas un fuseau horaire connu de Clientele : écrivez un nom de la base tz comme Europe/Paris ou America/New_York, ou « system » pour celui de l’ordinateur.
time-zone-cli-label = fuseau horaire
time-zone-cli-computers = { $zone } (celui de l’ordinateur)
time-zone-note-converted = Les heures écrites en { $from } ont été converties dans le fuseau horaire de la boutique, { $to }.
