## L’onglet Import.

import-title = Import

## Libellés, boutons et info-bulles de l’onglet Import.

import-import = Importer
import-open-a-file = Ouvrir un fichier…
import-ctrl-o = Ctrl+O
import-or-drop-a-file-on = ou déposez un fichier sur la fenêtre : CSV, TSV, texte, Excel (XLSX, XLS) ou OpenDocument (ODS).
import-bring-in-the-customers-and = Importez les clients et les ventes qu’exportent votre caisse, votre boutique en ligne, votre service de carte de fidélité ou vos propres tableurs. Vous voyez comment le fichier est lu et ce que devient chaque colonne avant tout enregistrement, et chaque import peut être annulé plus bas.
import-reading-the-file = Lecture du fichier…
import-using-the-mapping-from-your = Colonnes lues comme lors de votre dernier import de ce format d’export.
import-the-file-holds = Le fichier contient :
import-format = Format :
import-encoding = Encodage :
import-delimiter = Séparateur :
import-sheet = Feuille :
import-header-row = Ligne d’en-tête :
import-the-column-names-are-one = Les noms de colonnes sont une ligne plus haut
import-the-column-names-are-one-2 = Les noms de colonnes sont une ligne plus bas (lignes de titre au-dessus)
import-decimal-separator = Séparateur décimal :
import-dates = Dates :
import-row = Ligne
import-kept-as-extra = colonne supplémentaire
import-check = Vérifier
import-choose-the-columns-above-the = Choisissez les colonnes ci-dessus ; le fichier est vérifié dès qu’il peut être importé.
import-checking-every-row-nothing-is = Vérification de chaque ligne (rien n’est encore écrit)…
import-stop = Arrêter
import-cancel = Annuler
import-save-rejected-rows-as-csv = Enregistrer les lignes rejetées en CSV…
import-open-the-customers-tab = Ouvrir l’onglet Clients
import-show-all-rejected-rows = Voir toutes les lignes rejetées
import-import-another-file = Importer un autre fichier…
import-import-another-file-2 = Importer un autre fichier…
import-history = Historique
import-nothing-has-been-imported-yet = Rien n’a encore été importé.
import-undone = annulé
import-undo = Annuler
import-remove-what-this-import-added = Retirer ce que cet import a ajouté
import-rejected-rows = Lignes rejetées
import-close = Fermer
import-this-import-has-no-problems = Aucun problème enregistré pour cet import.
import-rejected-rows-2 = Lignes rejetées
import-save-rejected-rows-as-csv-2 = Enregistrer les lignes rejetées en CSV…
import-counting-what-it-added = Calcul de ce qu’il a ajouté…
import-contacts-that-a-later-import = Les contacts qu’utilise un import plus récent ou une fusion sont conservés. L’import reste dans l’historique, marqué comme annulé.
import-undo-the-import = Annuler l’import
import-enter = Enter
import-keep-it = Le garder
import-esc = Esc

## L’onglet Import : ce que contient le fichier et comment il est lu.

import-job-check = Vérification du fichier
import-job-reading = Lecture
# $file : le nom du fichier.
import-job-import = Import de { $file }
import-job-starting = Démarrage
import-kind-contacts = Contacts
import-kind-sales = Ventes
# $note : une remarque sur le fichier.
import-note = Remarque : { $note }
import-hint-contacts = personnes et entreprises
import-hint-sales = lignes de vente, avec leur client ou en ventes sans client
# $layout : le nom du format d’export d’une caisse ou d’une boutique en ligne.
import-hint-contacts-layout = personnes et entreprises (format d’export { $layout })
import-hint-sales-layout = lignes de vente, avec leur client ou en ventes sans client (format d’export { $layout })
import-hint-contacts-guessed = personnes et entreprises (deviné d’après ses colonnes)
import-hint-sales-guessed = lignes de vente, avec leur client ou en ventes sans client (deviné d’après ses colonnes)
import-delimiter-tab = Tabulation
import-delimiter-comma = Virgule ,
import-delimiter-semicolon = Point-virgule ;
import-delimiter-bar = Barre verticale |
import-format-csv = Texte (CSV)
import-format-xlsx = Classeur Excel (XLSX)
import-format-xls = Classeur Excel 97-2003 (XLS)
import-format-ods = Classeur OpenDocument (ODS)
# $encoding : le nom d’un encodage, comme UTF-8.
import-encoding-detected = { $encoding } (détecté)
import-decimal-dot = Point : 1234.56
import-decimal-comma = Virgule : 1234,56
import-order-day-first = Jour d’abord : 31/12/2025
import-order-month-first = Mois d’abord : 12/31/2025
# $example : une date du fichier, telle qu’elle y est écrite.
import-ask-date-order = Comment ce fichier écrit-il les dates ? Une date comme { $example } peut se lire de deux façons, et aucune date du fichier ne permet de trancher.
# $example : une date du fichier ; $date : cette date lue jour d’abord.
import-read-day-first = Jour d’abord : { $example } est le { $date }
# $example : une date du fichier ; $date : cette date lue mois d’abord.
import-read-month-first = Mois d’abord : { $example } est le { $date }
import-day-first = jour d’abord
import-month-first = mois d’abord
# $count : nombre de colonnes.
import-columns-understood = Comment chaque colonne a été comprise ({ $count })

## L’onglet Import : ce que la vérification a trouvé.

import-tag-rejected = Rejet
import-tag-warning = Avertissement
# Un groupe de problèmes. $tag : Rejet ou Avertissement ; $count : combien, écrit à l’écran ; $kind : le problème.
import-problem-group = { $tag } · { $count } × { $kind }
# $shown : problèmes regroupés ; $total : nombre total ; les deux écrits à l’écran.
import-problems-first = Les { $shown } premiers problèmes sur { $total } sont regroupés ici ; tous sont enregistrés avec l’import.
# Dans la suite, $count est un nombre et $shown le même nombre, écrit à l’écran.
import-rows-ok = { $count ->
        [one] { $shown } ligne correcte
        [many] { $shown } de lignes correctes
       *[other] { $shown } lignes correctes
    }
import-rows-rejected = { $count ->
        [one] { $shown } ligne rejetée
        [many] { $shown } de lignes rejetées
       *[other] { $shown } lignes rejetées
    }
import-warnings = { $count ->
        [one] { $shown } avertissement
        [many] { $shown } d’avertissements
       *[other] { $shown } avertissements
    }
import-contacts-added = { $count ->
        [one] { $shown } contact serait ajouté
        [many] { $shown } de contacts seraient ajoutés
       *[other] { $shown } contacts seraient ajoutés
    }
# $count, $shown : lignes de vente ; $new : nouveaux clients ; $known : lignes de clients déjà connus ; écrits à l’écran.
import-sales-summary = { $count ->
        [one] { $shown } ligne de vente ; nouveaux clients : { $new } ; lignes de clients déjà connus : { $known }
        [many] { $shown } de lignes de vente ; nouveaux clients : { $new } ; lignes de clients déjà connus : { $known }
       *[other] { $shown } lignes de vente ; nouveaux clients : { $new } ; lignes de clients déjà connus : { $known }
    }
import-walk-in = { $count ->
        [one] { $shown } ligne de vente sans client : comptée dans le chiffre d’affaires, mais dans les chiffres d’aucun client
        [many] { $shown } de lignes de vente sans client : comptées dans le chiffre d’affaires, mais dans les chiffres d’aucun client
       *[other] { $shown } lignes de vente sans client : comptées dans le chiffre d’affaires, mais dans les chiffres d’aucun client
    }
# Commandes dont le statut ne compte pas (annulée, remboursée…). $status : le statut, en anglais (cancelled, failed, pending, refunded, completed) ; $amount : leur total.
import-set-aside = { $count ->
        [one] { $shown } commande
        [many] { $shown } de commandes
       *[other] { $shown } commandes
    } au statut « { $status ->
        [cancelled] annulé
        [failed] échoué
        [pending] en attente
        [refunded] remboursé
        [completed] terminé
       *[other] { $status }
    } » ({ $amount }) { $count ->
        [one] conservée mais pas comptée
        [many] conservées mais pas comptées
       *[other] conservées mais pas comptées
    }
# $date : quand ; $id : le numéro de l’import ; $rows : nombre de lignes, écrit à l’écran.
import-already-imported = Ce fichier a déjà été importé le { $date } (import { $id }, lignes : { $rows }). L’importer de nouveau ajouterait ses lignes une seconde fois.
import-again-anyway = Importer quand même
import-bad-dates = { $count ->
        [one] { $shown } ligne a une date de vente antérieure à 1900 ou de plus d’un jour dans le futur : elle est rejetée.
        [many] { $shown } de lignes ont une date de vente antérieure à 1900 ou de plus d’un jour dans le futur : elles sont rejetées.
       *[other] { $shown } lignes ont une date de vente antérieure à 1900 ou de plus d’un jour dans le futur : elles sont rejetées.
    }
import-accept-any-date = Accepter les dates d’avant 1900 ou dans le futur
import-button = { $count ->
        [one] Importer { $shown } ligne
        [many] Importer { $shown } de lignes
       *[other] Importer { $shown } lignes
    }
import-why-columns = Choisissez d’abord les colonnes dont l’import a besoin.
import-why-dates = Indiquez d’abord comment ce fichier écrit les dates (jour d’abord ou mois d’abord).
import-why-again = Ce fichier a déjà été importé : cochez « Importer quand même » pour l’importer une seconde fois.
import-why-no-row = Aucune ligne de ce fichier ne peut être importée.
import-why-checking = Le fichier pourra être importé dès que chaque ligne aura été vérifiée.
# Le nom du fichier des lignes rejetées. $stem : le nom du fichier importé, sans son extension.
import-rejected-file = { $stem } - lignes rejetées.csv

## L’onglet Import : l’import terminé, l’historique et les problèmes.

# $file : le nom du fichier.
import-not-imported = { $file } n’a pas été importé
# $file : le nom du fichier.
import-imported = { $file } est importé
# Dans la suite, les nombres sont écrits comme à l’écran.
import-done-contacts = nouveaux contacts : { $new }
import-done-sales = nouveaux clients : { $new } ; lignes de vente : { $lines } (dont { $known } de clients déjà connus)
# $imported, $read : des lignes ; $what : ce qui a été ajouté (l’un des deux messages ci-dessus).
import-done = Lignes importées : { $imported } sur { $read } ; { $what }.
import-done-problems = Lignes rejetées : { $rejected } ; valeurs mises de côté avec un avertissement : { $warnings }. Détail :
# $id : le numéro de l’import.
import-saved-as = Enregistré comme import { $id } : l’historique ci-dessous permet de l’annuler.
import-history-import = Import
import-history-what = Contenu
import-history-file = Fichier
import-history-read = Lues
import-history-imported = Importées
import-history-rejected = Rejetées
import-history-when = Date
import-batch-contacts = contacts
import-batch-sales = ventes
import-batch-demo = boutique de démonstration
import-batch-feedback = avis
# $date : quand l’import a été annulé.
import-undone-on = Annulé le { $date }
# $id : le numéro de l’import.
import-problems-of = Problèmes de l’import { $id }
import-problems-row = Ligne
import-problems-column = Colonne
import-problems-value = Valeur
import-problems-row-as-read = Ligne telle que lue
# $count : lignes rejetées, écrit à l’écran ; $shown : combien sont affichées.
import-problems-first-rows = Les { $shown } premières lignes rejetées sur { $count } ; enregistrez-les en CSV pour tout voir.
# $id : le numéro de l’import.
import-file-stem = import { $id }
# $id : le numéro de l’import.
import-undo-ask = Annuler l’import { $id } ?
import-the-demo-shop = la boutique de démonstration
# $sales, $contacts : écrits à l’écran ; $file : le nom du fichier.
import-undo-what = Retirer les lignes de vente ({ $sales }) et les contacts ({ $contacts }) de cet import ({ $file }) ?
