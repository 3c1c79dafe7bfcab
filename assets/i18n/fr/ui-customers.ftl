## L’onglet Clients.

customers-title = Clients
customers-loading = Chargement des clients…
customers-search-hint = Nom, référence, e-mail, téléphone ou ville (Ctrl+F)
customers-clear = Effacer
customers-save-spreadsheet = Enregistrer en tableur…
customers-save-spreadsheet-hint = Les clients de la liste (après la recherche), en classeur Excel (.xlsx) ou en fichier CSV
# Une liste ouverte depuis un autre écran. $what : ce que sont ces clients (le nom d’un segment, par exemple) ; $count : combien ; $shown : le même nombre, écrit à l’écran.
customers-showing-only = { $count ->
        [one] { $what } · { $shown } client seulement
        [many] { $what } · { $shown } de clients seulement
       *[other] { $what } · { $shown } clients seulement
    }
customers-show-all = Tous les clients
# Le nom de fichier proposé pour enregistrer tous les clients, sans son extension.
customers-file-name = Clients
# $count : nombre de clients de la boutique ; $shown : le même nombre, écrit à l’écran.
customers-count = { $count ->
        [one] { $shown } client
        [many] { $shown } de clients
       *[other] { $shown } clients
    }
# $count : clients trouvés par la recherche, $shown : le même nombre, écrit à l’écran ; $total : nombre total de clients, écrit à l’écran.
customers-match = { $count ->
        [one] { $shown } client trouvé sur { $total }
        [many] { $shown } de clients trouvés sur { $total }
       *[other] { $shown } clients trouvés sur { $total }
    }

## Les en-têtes de colonnes du tableau des clients.

customers-column-name = Nom
customers-column-reference = Référence
customers-column-email = E-mail
customers-column-phone = Téléphone
customers-column-city = Ville
customers-column-orders = Commandes
customers-column-revenue = CA
customers-column-last-order = Dernier achat
customers-sort-hint = Trier selon cette colonne ; cliquez de nouveau pour inverser
# Un client sans nom, connu par la référence de la boutique ($reference).
customers-unnamed-ref = Client { $reference }
# Un client sans nom ni référence, connu par son numéro ($id).
customers-unnamed = Client n° { $id }

## La fiche du client, à droite de l’onglet Clients.

customers-close = × Fermer
customers-close-hint = Fermer la fiche (Esc)
customers-undo = Annuler
customers-undo-hint = Annuler la dernière modification (Ctrl+Z)
customers-redo = Rétablir
customers-redo-hint = Rétablir (Ctrl+Shift+Z)
# $id : le numéro du client.
customers-loading-one = Chargement du client { $id }…
# Informations sous le nom du client, séparées par « · ». $id : le numéro du client.
customers-fact-id = Client { $id }
# $reference : la référence du client dans la boutique.
customers-fact-ref = réf. { $reference }
# $source : le fichier d’où le client a été importé.
customers-fact-source = source : { $source }
# $date : le jour où le client a été ajouté.
customers-fact-added = ajouté le { $date }
# $ids : les numéros des contacts fusionnés dans celui-ci.
customers-absorbed = Regroupe aussi les fiches des contacts { $ids }.
customers-other-columns = Autres colonnes du fichier d’origine
customers-birth-date-hint = AAAA-MM-JJ

## Les commandes du client, en bas de la fiche.

# $count : nombre de commandes ; $shown : le même nombre, écrit à l’écran ; $lines : nombre de lignes ; $shown_lines : le même nombre, écrit à l’écran ; $amount : leur total.
customers-orders-summary = { $count ->
        [one] { $shown } commande
        [many] { $shown } de commandes
       *[other] { $shown } commandes
    } · { $lines ->
        [one] { $shown_lines } ligne
        [many] { $shown_lines } de lignes
       *[other] { $shown_lines } lignes
    } · { $amount }
customers-no-purchases = Aucun achat pour l’instant.
customers-no-receipt = pas de numéro de ticket
customers-no-product = (sans produit)
