## L’onglet Segments.

segments-title = Segments

## Libellés, boutons et info-bulles de l’onglet Segments.

segments-segments = Segments
segments-how-recently-and-how-often = Récence et fréquence d’achat de vos clients
segments-value-tiers = Classes de valeur
segments-lifecycle = Cycle de vie
segments-show-these-customers = Voir ces clients
segments-customers = Clients…
segments-movement-between-segments = Mouvements entre segments
segments-compared-with = Par rapport au
segments-30-days-earlier = 30 jours plus tôt
segments-then-now = avant \ maintenant
segments-saved-segments = Segments enregistrés
segments-edit = Modifier
segments-delete = Supprimer
segments-no-saved-segments-yet-build = Aucun segment enregistré pour l’instant. Créez-en un ci-dessous à partir de conditions sur vos clients.
segments-new-segment = Nouveau segment…
segments-name = Nom
segments-e-g-lyon-regulars = p. ex. Habitués de Lyon
segments-customers-who-match = Clients qui correspondent à
segments-remove-group = Retirer le groupe
segments-remove-this-condition = Retirer cette condition
segments-condition = + condition
segments-group = + groupe
segments-save-segment = Enregistrer le segment
segments-give-the-segment-a-name = Donnez au segment un nom et une règle valable
segments-close = Fermer
segments-close-the-list = Fermer la liste
segments-show-in-customers = Voir dans Clients
segments-open-the-customers-tab-showing = Ouvrir l’onglet Clients avec seulement ces clients
segments-save-as-spreadsheet = Enregistrer en tableur…
segments-an-excel-workbook-xlsx-or = Un classeur Excel (.xlsx) ou un fichier CSV
segments-customer = Client
segments-orders = Commandes
segments-spent = Dépensé
segments-last-order = Dernier achat
segments-never = jamais

## La grille de récence (dernier achat) et de fréquence d’achat.

segments-key-narrow = Récence ↓
    fréquence →
segments-key = Récence ↓ / fréquence →
segments-recency-1 = 1 · achat le plus ancien
segments-recency-5 = 5 · achat le plus récent
segments-recency-1-narrow = 1
    le plus ancien
segments-recency-5-narrow = 5
    le plus récent
segments-frequency-1 = 1 · rarement
segments-frequency-5 = 5 · très souvent
# $percent : la part des clients qu’un score de 5 dépasse.
segments-grid-explained = Lignes : à quand remonte leur dernier achat. Colonnes : combien de fois ils ont acheté. Un score de 5 veut dire mieux qu’au moins { $percent } de vos clients ; les clients qui ont le même chiffre ont le même score. Chaque case montre ses clients, leur chiffre d’affaires et son segment ; cliquez dessus pour voir la liste.
# $count : des clients ; $shown : le même nombre, écrit à l’écran.
segments-customers-count = { $count ->
        [one] { $shown } client
        [many] { $shown } de clients
       *[other] { $shown } clients
    }
# Une case de la grille. $customers : nombre de clients, en toutes lettres ; $revenue : leur CA ; $segment : le nom du segment.
segments-cell = { $customers }
    { $revenue }
    { $segment }
# L’info-bulle d’une case. $r et $f : les scores ; $segment : le nom du segment ; $customers : nombre de clients, en toutes lettres ; $revenue : leur CA ; $share : leur part du CA ; $meaning : ce que veut dire le segment.
segments-cell-tip = Récence { $r }, fréquence { $f } : { $segment }
    { $customers }, { $revenue } ({ $share } du chiffre d’affaires)
    { $meaning }
# Le titre de la liste des clients d’une case.
segments-cell-list = Récence { $r }, fréquence { $f } ({ $segment })
# $column : le numéro de la colonne vide.
segments-column-empty = La colonne { $column } est vide
# $columns : les colonnes vides sauf la dernière ; $last : la dernière.
segments-columns-empty = Les colonnes { $columns } et { $last } sont vides
# $columns : quelles colonnes sont vides (une phrase ci-dessus) ; $share : la part des clients qui ont acheté une fois ; $count : le nombre de colonnes vides.
segments-empty-columns-why = { $count ->
        [one] { $columns } : les clients qui ont autant de commandes ont le même score, et { $share } des vôtres n’ont acheté qu’une fois, donc les scores sautent cette colonne.
        [many] { $columns } : les clients qui ont autant de commandes ont le même score, et { $share } des vôtres n’ont acheté qu’une fois, donc les scores sautent ces colonnes.
       *[other] { $columns } : les clients qui ont autant de commandes ont le même score, et { $share } des vôtres n’ont acheté qu’une fois, donc les scores sautent ces colonnes.
    }

## Les classes de valeur et le cycle de vie.

# $tier : la lettre de la classe.
segments-tier = Classe { $tier }
# $meaning : ce qu’est la classe.
segments-tier-tip = { $meaning }
    Voir ces clients
# $share : un pourcentage.
segments-revenue-share = { $share } du CA
# $band : la part du CA qu’atteint la classe A ; $a_share : la part des clients en classe A ; $top : 20 %, écrit à l’écran ; $top_share : la part du CA qu’ils apportent.
segments-tier-sentence = La classe A, ce sont vos meilleurs clients, pris jusqu’à atteindre { $band } du chiffre d’affaires : ici, les { $a_share } de vos clients qui dépensent le plus. Les { $top } qui dépensent le plus apportent à eux seuls { $top_share } du chiffre d’affaires.
# $gap, $active, $risk : des nombres de jours.
segments-lifecycle-explained = Vos clients reviennent en général tous les { $gap } jours. Nouveau : première commande dans les 90 derniers jours ; actif : dernière commande il y a { $active } jours au plus ; à risque : { $risk } jours au plus ; inactif : plus ancienne.
segments-stage-new = Nouveau
segments-stage-active = Actif
segments-stage-at-risk = À risque
segments-stage-lapsed = Inactif
# $stage : une phase du cycle de vie.
segments-lifecycle-list = Cycle de vie : { $stage }
# $segment : le nom d’un segment.
segments-segment-list = Segment : { $segment }
# $customers : nombre de clients, en toutes lettres ; $share : leur part du CA, en toutes lettres.
segments-card-figures = { $customers } · { $share }

## Les mouvements entre segments.

segments-compare = Comparer
segments-before-hint = écrivez une date antérieure à la date d’analyse, par exemple 2025-05-31
# $before, $after : deux jours.
segments-movement-explained = Où se trouvent au { $after } les clients présents au { $before }. Lignes : segment d’avant ; colonnes : segment actuel.
# $count : des clients ; $shown : le même nombre, écrit à l’écran ; $from, $to : des segments.
segments-moved = { $count ->
        [one] • { $shown } client est passé de « { $from } » à « { $to } ».
        [many] • { $shown } de clients sont passés de « { $from } » à « { $to } ».
       *[other] • { $shown } clients sont passés de « { $from } » à « { $to } ».
    }
segments-no-order-yet = Pas encore de commande
segments-no-order-yet-lower = pas encore de commande
# $from, $to : des segments.
segments-move = { $from } → { $to }
# $change : un passage d’un segment à un autre.
segments-move-tip = { $change } : voir ces clients

## Les segments enregistrés et leur éditeur.

# $name : le nom du segment enregistré.
segments-saved-list = Segment enregistré : { $name }
segments-any-group = au moins un groupe
segments-every-group = tous les groupes
# $number : le numéro du groupe.
segments-group-number = Groupe { $number } :
segments-any-of-these = une de ces conditions
segments-all-of-these = toutes ces conditions
# $count : des clients ; $shown : le même nombre, écrit à l’écran ; $date : un jour.
segments-match-as-of = { $count ->
        [one] { $shown } client correspond au { $date }.
        [many] { $shown } de clients correspondent au { $date }.
       *[other] { $shown } clients correspondent au { $date }.
    }
segments-add-condition = ajouter une condition

## La liste des clients de l’onglet Segments.

# $customers : nombre de clients, en toutes lettres ; $revenue : leur CA.
segments-list-total = { $customers }, { $revenue } au total
segments-consented-only = Seulement les clients qui ont donné leur consentement marketing
# $id : le numéro du client.
segments-unnamed = Client n° { $id }
# $days : un nombre de jours.
segments-days-ago = { $days ->
        [one] il y a { $days } jour
        [many] il y a { $days } de jours
       *[other] il y a { $days } jours
    }

## L’éditeur de règles de l’onglet Segments : les champs qu’une condition examine, et ses opérateurs.
segments-field-city = ville
segments-field-country = pays
segments-field-first-channel = canal de la première commande
segments-field-consent = consentement marketing
segments-field-recency-days = jours depuis la dernière commande
segments-field-frequency = commandes
segments-field-monetary = total dépensé
segments-field-average-order = panier moyen
segments-field-product = produit acheté
segments-field-category = catégorie achetée
segments-field-segment = segment
segments-field-tier = classe de valeur
segments-field-lifecycle = phase du cycle de vie
segments-op-is = est
segments-op-is-not = n’est pas
segments-op-in = fait partie de
segments-op-contains = contient
segments-op-between = entre
segments-op-bought = a acheté
segments-op-never-bought = n’a jamais acheté
