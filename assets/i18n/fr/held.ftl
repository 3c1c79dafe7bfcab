## Commandes gardées mais non comptées (pas encore payées, annulées, échouées), et ventes
## sans client dans les totaux de la boutique.

# $orders: how many orders.
held-note-paid = { $orders ->
    [one] { $orders } commande en attente d’un import précédent est maintenant payée : comptée une fois, ici.
    [many] { $orders } de commandes en attente d’un import précédent sont maintenant payées : comptées une fois, ici.
   *[other] { $orders } commandes en attente d’un import précédent sont maintenant payées : comptées une fois, ici.
}
# $orders: how many orders.
held-note-already = { $orders ->
    [one] { $orders } commande déjà importée d’un fichier du même type : ignorée, pas comptée deux fois.
    [many] { $orders } de commandes déjà importées d’un fichier du même type : ignorées, pas comptées deux fois.
   *[other] { $orders } commandes déjà importées d’un fichier du même type : ignorées, pas comptées deux fois.
}
held-detail-title = Commandes non comptées
held-detail-hint = Commandes pas encore payées, annulées ou échouées : gardées telles que le fichier les donne, hors du chiffre d’affaires et de tous les chiffres. Une commande payée plus tard est comptée à l’import du fichier plus récent.
# $date: the order's day; $order: its number (or held-no-number); $amount: its amount;
# $status: pending, cancelled or failed; $read: the status as the file wrote it.
held-detail-order = { $date } · { $order } · { $amount } · { $status ->
    [pending] pas encore payée
    [cancelled] annulée
   *[failed] paiement échoué
} (« { $read } »)
held-no-number = sans numéro de commande
# $amount: the walk-in sales' revenue in the same period.
held-walk-in-part = dont ventes sans client : { $amount }
# A line of the report's key figures, under the revenue.
held-report-walk-in = dont ventes sans client
