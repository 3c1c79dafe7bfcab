## L’onglet Doublons.

duplicates-title = Doublons

## Libellés, boutons et info-bulles de l’onglet Doublons.

duplicates-duplicates = Doublons
duplicates-find-duplicates-again = Rechercher de nouveau
duplicates-compares-every-customer-with-the = Compare chaque client avec ceux qui lui ressemblent ; les décisions déjà prises sont conservées
duplicates-looking-for-customers-registered-more = Recherche des clients enregistrés plusieurs fois…
duplicates-groups-below-the-threshold-look = Groupes sous le seuil : examinez-les à part ; aucun n’est fusionné sans votre demande
duplicates-no-likely-duplicates-found-every = Aucun doublon probable : chaque client semble enregistré une seule fois.
duplicates-these-groups-are-below-the = Ces groupes sont sous le seuil proposé : la plupart sont des personnes différentes qui partagent un nom ou une adresse.
duplicates-previous-group = Groupe précédent (←)
duplicates-next-group = Groupe suivant (→)
duplicates-marked-as-different-people = Marqués comme personnes différentes
duplicates-skipped = Reporté
duplicates-merge-anyway = Fusionner quand même
duplicates-merge-y = Fusionner (Y)
duplicates-not-the-same-person-n = Personnes différentes (N)
duplicates-skip-s = Passer (S)
duplicates-keep-this-customer-s-number = Garder le numéro de ce client ; les autres sont fusionnés avec lui
duplicates-after-merging = Après la fusion
duplicates-reference = Référence
duplicates-keep-this-value = Garder cette valeur
duplicates-merge-every-group-above = Fusionner tous les groupes au-dessus
duplicates-merge-them = Les fusionner…
duplicates-merge = Fusionner
duplicates-cancel = Annuler
duplicates-merge-history = Historique des fusions
duplicates-no-customers-have-been-merged = Aucun client n’a encore été fusionné.
duplicates-unmerge = Annuler la fusion

## Les tâches de l’onglet Doublons, dans la barre d’état.

duplicates-job-find = Recherche des doublons
duplicates-job-merge-one = Fusion
duplicates-job-merge-many = Fusion des doublons
duplicates-job-starting = Démarrage

## L’examen d’un groupe dans l’onglet Doublons.

# $shown : nombre de groupes, écrit à l’écran.
duplicates-likely-tab = Doublons probables ({ $shown })
# $shown : nombre de groupes, écrit à l’écran.
duplicates-unlikely-tab = Possibles, peu probables ({ $shown })
# $at : la place du groupe dans la liste ; $count : le nombre de groupes.
duplicates-group-of = Groupe { $at } sur { $count }
# $certainty : un pourcentage.
duplicates-certainty-unlikely = Possible, peu probable : certitude { $certainty }
# $certainty : un pourcentage.
duplicates-certainty = Certitude { $certainty }
duplicates-cut-from-chain = Détaché d’une chaîne plus longue : vérifiez bien
duplicates-merged = Fusionné
# $reason : pourquoi ces clients semblent être une seule personne.
duplicates-why = Pourquoi : { $reason }
# $reason : une raison ; $certainty : un pourcentage.
duplicates-reason-certainty = { $reason } (certitude { $certainty })
# $id : le numéro du client.
duplicates-customer-kept = Client { $id } (gardé)
# $id : le numéro du client.
duplicates-customer = Client { $id }
# $n : nombre de groupes ; $n_shown : le même nombre, écrit à l’écran ; $m : clients fusionnés avec d’autres ; $m_shown : le même nombre, écrit à l’écran.
duplicates-merge-ask = Fusionner { $n ->
        [one] { $n_shown } groupe
        [many] { $n_shown } de groupes
       *[other] { $n_shown } groupes
    } ({ $m ->
        [one] { $m_shown } client fusionné avec un autre
        [many] { $m_shown } de clients fusionnés avec d’autres
       *[other] { $m_shown } clients fusionnés avec d’autres
    }) ? Chaque fusion peut être annulée depuis l’historique.

## L’historique des fusions : en-têtes de colonnes et cellules.

duplicates-history-merge = Fusion
duplicates-history-kept = Gardé
duplicates-history-merged-into = Fusionnés avec lui
duplicates-history-certainty = Certitude
duplicates-history-by = Par
duplicates-history-when = Date
# $when : la date et l’heure où la fusion a été annulée.
duplicates-history-undone = annulée le { $when }
# Qui a décidé une fusion.
duplicates-by-user = vous
duplicates-by-auto = automatique

## Le résumé de l’onglet Doublons et la fusion en série.

# $groups : nombre de groupes ; $shown_groups : le même, écrit à l’écran ; $customers : nombre de clients ; $shown_customers : le même, écrit à l’écran ; $open : groupes restant à examiner, écrit à l’écran ; $threshold : un pourcentage.
duplicates-summary = { $groups ->
        [one] { $shown_groups } groupe
        [many] { $shown_groups } de groupes
       *[other] { $shown_groups } groupes
    } de doublons probables parmi { $customers ->
        [one] { $shown_customers } client
        [many] { $shown_customers } de clients
       *[other] { $shown_customers } clients
    } (encore à examiner : { $open }). Les groupes les plus sûrs viennent en premier ; le seuil de certitude proposé est de { $threshold }.
# $count : des clients ; $shown : le même nombre, écrit à l’écran.
duplicates-not-judgeable = { $count ->
        [one] { $shown } client n’a ni nom, ni e-mail, ni téléphone : il n’est jamais comparé.
        [many] { $shown } de clients n’ont ni nom, ni e-mail, ni téléphone : ils ne sont jamais comparés.
       *[other] { $shown } clients n’ont ni nom, ni e-mail, ni téléphone : ils ne sont jamais comparés.
    }
# $n : nombre de groupes ; $n_shown : le même nombre, écrit à l’écran ; $m : clients fusionnés avec d’autres ; $m_shown : le même nombre, écrit à l’écran.
duplicates-bulk-count = { $n ->
        [one] { $n_shown } groupe
        [many] { $n_shown } de groupes
       *[other] { $n_shown } groupes
    }, { $m ->
        [one] { $m_shown } client fusionné
        [many] { $m_shown } de clients fusionnés
       *[other] { $m_shown } clients fusionnés
    } avec d’autres
