
## La barre du haut de la fenêtre, ses menus, ses dialogues et la barre d’état.

app-the-database-could-not-be = Impossible d’ouvrir la base de données
app-start-clientele-with-db-path = Lancez Clientele avec --db PATH pour ouvrir un autre fichier, ou fermez le programme qui l’utilise.
app-clientele = Clientele
app-shop-settings = Paramètres de la boutique…
app-shop-name-locale-dates-numbers = Nom de la boutique, paramètres régionaux (dates, nombres), devise, pays des numéros de téléphone
app-the-database-file-everything-clientele = Le fichier de la base de données : tout ce que Clientele sait s’y trouve.
app-cancel = Annuler

## Le menu du thème, en haut à droite.

app-theme = Thème
app-theme-system = Thème du système
app-theme-light = Clair
app-theme-dark = Sombre

## Les tâches de la fenêtre, dans la barre d’état.

app-job-starting = Démarrage
app-job-saving-customers = Enregistrement des clients
app-job-insights = Calcul des segments et des graphiques
app-job-forecast = Prévision
app-job-demo = Boutique de démonstration
# $job : ce qui est en cours ; $stage : où en est la tâche.
app-job-stage = { $job } : { $stage }
# $customers, $orders : des nombres ; $shown_customers, $shown_orders : les mêmes, écrits à l’écran ; $revenue : un montant.
app-status-figures = { $customers ->
        [one] { $shown_customers } client
        [many] { $shown_customers } de clients
       *[other] { $shown_customers } clients
    } · { $orders ->
        [one] { $shown_orders } commande
        [many] { $shown_orders } de commandes
       *[other] { $shown_orders } commandes
    } · CA { $revenue }

## Messages de la barre d’état.

# $path : où l’image a été enregistrée.
app-chart-saved = Graphique enregistré dans { $path }.
# $path : le fichier ; $error : ce qui n’a pas marché.
app-not-written = Impossible d’écrire { $path } : { $error }
# $error : ce qui n’a pas marché.
app-worker-not-started = la tâche de fond n’a pas pu démarrer : { $error }
app-busy = Clientele est occupé ; réessayez dans un instant.
app-settings-saved = Paramètres enregistrés.
app-nothing-to-undo = Rien à annuler.
app-nothing-to-redo = Rien à rétablir.
app-drop-file = Déposez le fichier pour l’importer
# $field : le nom du champ ; $error : pourquoi.
app-edit-failed = Champ « { $field } » non modifié : { $error }
# $count : nombre de clients ; $shown : le même nombre, écrit à l’écran.
app-merged = { $count ->
        [one] { $shown } client fusionné ; « Annuler la fusion » dans l’historique revient en arrière.
        [many] { $shown } de clients fusionnés ; « Annuler la fusion » dans l’historique revient en arrière.
       *[other] { $shown } clients fusionnés ; « Annuler la fusion » dans l’historique revient en arrière.
    }
# $batch : le numéro de l’import ; $sales, $contacts : lignes de vente et contacts retirés, écrits à l’écran.
app-import-undone = Import { $batch } annulé. Lignes de vente retirées : { $sales } ; contacts retirés : { $contacts }.
# Idem ; $kept : contacts conservés, écrit à l’écran.
app-import-undone-kept = Import { $batch } annulé. Lignes de vente retirées : { $sales } ; contacts retirés : { $contacts }. Contacts créés par cet import mais conservés parce que des imports ou des fusions plus récents les utilisent : { $kept }.
# Un champ modifié. $field : le nom du champ ; $id : le numéro du client ; $value : la nouvelle valeur.
app-edit-saved = Enregistré : le champ « { $field } » du client { $id } vaut maintenant « { $value } ».
app-edit-saved-empty = Enregistré : le champ « { $field } » du client { $id } est maintenant vide.
app-edit-undone = Annulé : le champ « { $field } » du client { $id } vaut maintenant « { $value } ».
app-edit-undone-empty = Annulé : le champ « { $field } » du client { $id } est maintenant vide.
app-edit-redone = Rétabli : le champ « { $field } » du client { $id } vaut maintenant « { $value } ».
app-edit-redone-empty = Rétabli : le champ « { $field } » du client { $id } est maintenant vide.
