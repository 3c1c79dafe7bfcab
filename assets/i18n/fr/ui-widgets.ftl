## Les champs d’un client, comme libellés à côté de leur zone de saisie (Clients, Doublons, Segments).

field-first-name = Prénom
field-last-name = Nom
field-company = Entreprise
field-email = E-mail
field-phone = Téléphone
field-street = Adresse
field-street2 = Complément d’adresse
field-city = Ville
field-postcode = Code postal
field-region = Région
field-country = Pays
field-birth-date = Date de naissance
field-gender = Genre
field-language = Langue
field-marketing-consent = Consentement marketing

## Éléments communs, cartes de chiffres clés, progression, tâches.

widgets-cancel = Annuler

## La prédiction d’un client, dans la fiche de l’onglet Clients.

prediction-predictions = Prédictions
prediction-not-worked-out-for-the = Pas encore calculées pour les données actuelles.
prediction-too-little-data-for-predictions = Trop peu de données pour des prédictions (voir l’onglet Prédictions).
prediction-no-purchase-on-or-before = Aucun achat le jour des prédictions ou avant.
prediction-still-a-customer = Encore client ?

## La fenêtre qui montre les fichiers.

filewindow-folder-or-file = Dossier ou fichier
filewindow-type-or-paste-a-path = Tapez ou collez un chemin
filewindow-go = Aller
filewindow-places = Emplacements
filewindow-recent-folders = Dossiers récents
filewindow-up-one-folder = ↑ Dossier parent
filewindow-file-name = Nom du fichier
filewindow-cancel = Annuler

## Les analyses à côté des graphiques.

insights-work-out-the-figures-again = Recalculer les chiffres
insights-there-are-no-sales-yet = Il n’y a encore aucune vente, donc aucun segment ni graphique à montrer.
insights-import-a-file-of-sales = Importez un fichier de ventes dans l’onglet Import (Ctrl+2), ou chargez la boutique de démonstration.
insights-working-out-who-your-customers = Analyse de vos clients et de la marche de la boutique…
insights-as-of = Chiffres au
insights-latest-sale = Dernière vente
insights-yyyy-mm-dd = AAAA-MM-JJ

## Ce qu’on peut proposer ensuite à un client.

suggested-suggested-next = À proposer ensuite
suggested-working-out-what-sells-together = Recherche de ce qui se vend ensemble…
suggested-nothing-yet-no-product-they = Rien pour l’instant : aucun produit qu’il a acheté ne va souvent avec un produit qu’il n’a pas encore acheté.

## La prédiction d’un client, dans la fiche de l’onglet Clients.

# $days : le nombre de jours à venir.
prediction-chance-in-days = { $days ->
        [one] Probabilité de racheter demain
        [many] Probabilité de racheter sous { $days } jours
       *[other] Probabilité de racheter sous { $days } jours
    }
# $words : la probabilité, en mots ; $percent : la probabilité en pourcentage.
prediction-alive = { $words } ({ $percent })
# $days : le nombre de jours à venir.
prediction-purchases-in-days = { $days ->
        [one] Achats attendus demain
        [many] Achats attendus sous { $days } jours
       *[other] Achats attendus sous { $days } jours
    }
# $months : le nombre de mois à venir.
prediction-value-months = { $months ->
        [one] Valeur attendue, mois prochain
        [many] Valeur attendue, { $months } prochains mois
       *[other] Valeur attendue, { $months } prochains mois
    }

## Cartes de chiffres clés (Vue d’ensemble).

# $arrow : ▲ ou ▼ ; $change : la variation en pourcentage.
widgets-change = { $arrow } { $change } vs avant
widgets-new-nothing-before = nouveau : rien avant
widgets-no-change = sans changement
# L’étape d’une tâche et son avancement. $stage : l’étape ; $percent : l’avancement.
widgets-progress = { $stage } ({ $percent })
# Une période d’un graphique. $date : son premier jour.
widgets-week-of = semaine du { $date }

## La date au-dessus des segments et des graphiques (Segments, Graphiques).

insights-show = Afficher
insights-date-hint = écrivez la date sous la forme 2025-06-30
# $date : le jour ; $count : nombre de clients ; $shown : le même nombre, écrit à l’écran ; $revenue : leur CA.
insights-figures-as-of = { $count ->
        [one] Chiffres au { $date } : { $shown } client avec des commandes, chiffre d’affaires { $revenue }.
        [many] Chiffres au { $date } : { $shown } de clients avec des commandes, chiffre d’affaires { $revenue }.
       *[other] Chiffres au { $date } : { $shown } clients avec des commandes, chiffre d’affaires { $revenue }.
    }
# Idem, quand le jour est celui de la dernière vente.
insights-figures-as-of-latest = { $count ->
        [one] Chiffres au { $date } (jour de la dernière vente) : { $shown } client avec des commandes, chiffre d’affaires { $revenue }.
        [many] Chiffres au { $date } (jour de la dernière vente) : { $shown } de clients avec des commandes, chiffre d’affaires { $revenue }.
       *[other] Chiffres au { $date } (jour de la dernière vente) : { $shown } clients avec des commandes, chiffre d’affaires { $revenue }.
    }

## Ce qu’on peut proposer ensuite à un client (fiche de l’onglet Clients).

# $rank : la place de la suggestion ; $product : le nom du produit.
suggested-rank = { $rank }. { $product }
# $bought : ce que le client a acheté ; $rule : la phrase qui dit à quelle fréquence cela va avec le produit.
suggested-because = Ce client a acheté { $bought } : { $rule }.

## La fenêtre de fichiers du programme.

# $folder : le dossier ; $error : pourquoi.
filewindow-cannot-open = Impossible d’ouvrir { $folder } : { $error }
# $path : le fichier.
filewindow-no-such-file = { $path } n’existe pas.

## La probabilité qu’un client achète encore (Prédictions, fiche client).

alive-still-buying = achète sans doute encore
alive-slipping = s’éloigne
alive-gone = sans doute perdu

## Dialogues de fichiers : titres et types de fichiers.

dialogs-title-import = Importer un fichier
dialogs-title-csv = Enregistrer en CSV
dialogs-title-spreadsheet = Enregistrer les clients
dialogs-title-pdf = Enregistrer le rapport
dialogs-title-png = Enregistrer le graphique comme image
dialogs-filter-spreadsheets = Tableurs et CSV
dialogs-filter-all = Tous les fichiers
dialogs-filter-csv = CSV
dialogs-filter-xlsx = Classeur Excel
dialogs-filter-pdf = Document PDF
dialogs-filter-png = Image PNG
dialogs-already-open = Une fenêtre de choix de fichier est déjà ouverte.

## La fenêtre de fichiers du programme : emplacements et boutons.

filewindow-home = Dossier personnel
filewindow-documents = Documents
filewindow-downloads = Téléchargements
filewindow-desktop = Bureau
filewindow-save = Enregistrer
filewindow-open = Ouvrir

## Autres mots communs.

prediction-open-predictions = Ouvrir l’onglet Prédictions
suggested-job = Recherche de ce qui se vend ensemble
suggested-job-starting = Démarrage

## Communs à la Vue d’ensemble, aux Prédictions et aux Avis : une tâche qui a échoué, et une liste de clients.
widgets-work-them-out-again = Recalculer
widgets-show-in-customers = Voir dans Clients
widgets-show-in-customers-tip = Ouvrir l’onglet Clients avec seulement ces clients
widgets-save-as-spreadsheet = Enregistrer en tableur…
widgets-save-as-spreadsheet-tip = Un classeur Excel (.xlsx) ou un fichier CSV
