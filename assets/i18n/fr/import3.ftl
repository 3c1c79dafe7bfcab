## Ventes sans client dans les fichiers de format inconnu, l’en-tête des graphiques avec ces ventes.

# $lines : nombre de lignes de vente sans client ; $amount : leur montant.
import3-note-walk-in = { $lines ->
    [one] { $lines } ligne de vente sans client ({ $amount }) comptée dans le chiffre d’affaires et les commandes, mais dans les chiffres d’aucun client.
    [many] { $lines } de lignes de vente sans client ({ $amount }) comptées dans le chiffre d’affaires et les commandes, mais dans les chiffres d’aucun client.
   *[other] { $lines } lignes de vente sans client ({ $amount }) comptées dans le chiffre d’affaires et les commandes, mais dans les chiffres d’aucun client.
}
# $count : lignes ; $shown : le même nombre écrit à l’écran ; $amount : leur montant.
import3-walk-in = { $count ->
        [one] { $shown } ligne de vente sans client ({ $amount }) : comptée dans le chiffre d’affaires, mais dans les chiffres d’aucun client
        [many] { $shown } de lignes de vente sans client ({ $amount }) : comptées dans le chiffre d’affaires, mais dans les chiffres d’aucun client
       *[other] { $shown } lignes de vente sans client ({ $amount }) : comptées dans le chiffre d’affaires, mais dans les chiffres d’aucun client
    }
# L’en-tête des graphiques quand les ventes sans client comptent dans le chiffre d’affaires.
import3-charts-figures-as-of = { $count ->
        [one] Chiffres au { $date } : { $shown } client avec des commandes ; chiffre d’affaires { $revenue }, ventes sans client comprises.
        [many] Chiffres au { $date } : { $shown } de clients avec des commandes ; chiffre d’affaires { $revenue }, ventes sans client comprises.
       *[other] Chiffres au { $date } : { $shown } clients avec des commandes ; chiffre d’affaires { $revenue }, ventes sans client comprises.
    }
# Comme ci-dessus, quand le jour est celui de la dernière vente.
import3-charts-figures-as-of-latest = { $count ->
        [one] Chiffres au { $date } (jour de la dernière vente) : { $shown } client avec des commandes ; chiffre d’affaires { $revenue }, ventes sans client comprises.
        [many] Chiffres au { $date } (jour de la dernière vente) : { $shown } de clients avec des commandes ; chiffre d’affaires { $revenue }, ventes sans client comprises.
       *[other] Chiffres au { $date } (jour de la dernière vente) : { $shown } clients avec des commandes ; chiffre d’affaires { $revenue }, ventes sans client comprises.
    }
# $date : le seul jour de ventes de la période ; $amount : le chiffre d’affaires de ce jour.
import3-charts-one-day = Un seul jour de ventes sur cette période ({ $date }) : un graphique dans le temps demande au moins deux jours. Ce jour-là a rapporté { $amount }.
# $orders : nombre de commandes.
import3-note-pending-closed = { $orders ->
    [one] { $orders } commande en attente d’un import précédent est maintenant annulée : gardée avec son nouveau statut, non comptée.
    [many] { $orders } de commandes en attente d’un import précédent sont maintenant annulées : gardées avec leur nouveau statut, non comptées.
   *[other] { $orders } commandes en attente d’un import précédent sont maintenant annulées : gardées avec leur nouveau statut, non comptées.
}
# $orders : nombre de commandes ; $amount : les remboursements déduits.
import3-note-late-refunds = { $orders ->
    [one] { $orders } commande comptée par un import précédent a été remboursée depuis : son remboursement ({ $amount }) est déduit.
    [many] { $orders } de commandes comptées par un import précédent ont été remboursées depuis : leurs remboursements ({ $amount }) sont déduits.
   *[other] { $orders } commandes comptées par un import précédent ont été remboursées depuis : leurs remboursements ({ $amount }) sont déduits.
}
# Un fichier choisi comme contacts qui ressemble à des ventes. $file : le fichier ; $rows : ses premières lignes qui nomment quelqu’un ; $people : les personnes nommées.
import3-wrong-kind-sales = { $file } ressemble à une liste de ventes : il a des dates de vente et des montants, et ses { $rows } premières lignes ne nomment que { $people ->
    [one] { $people } personne
    [many] { $people } de personnes
   *[other] { $people } personnes
}. L’importer comme ventes ? Rien n’a été importé.
import3-cli-contacts-anyway = Pour importer quand même ses personnes comme contacts, relancez la commande avec --yes.
import3-import-as-sales = L’importer comme ventes
import3-contacts-anyway = Importer quand même ses personnes comme contacts
