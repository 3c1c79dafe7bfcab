## Les segments de clients (RFM) : leur nom, ce que chacun veut dire et que faire.
## Les noms sont ceux qu'emploient les outils de CRM et d'e-commerce en français (voir docs/glossary.md).

segment-champions = Champions
    .meaning = Ont acheté récemment, achètent souvent et dépensent le plus.
    .action = Remerciez-les, demandez-leur un avis, montrez-leur les nouveautés en premier.
segment-loyal = Fidèles
    .meaning = Achètent régulièrement et reviennent souvent.
    .action = Proposez-leur le programme de fidélité et des produits qui vont avec leurs achats.
segment-potential-loyalists = Fidèles potentiels
    .meaning = Clients récents déjà revenus plusieurs fois.
    .action = Proposez-leur la carte de fidélité et suggérez ce que d’autres ont acheté ensuite.
segment-new-customers = Nouveaux clients
    .meaning = Ont acheté pour la première fois tout récemment.
    .action = Souhaitez-leur la bienvenue et facilitez-leur une deuxième visite.
segment-promising = Prometteurs
    .meaning = Ont acheté récemment, mais une seule fois pour l’instant.
    .action = Rappelez-leur la boutique avec une petite offre pour une deuxième visite.
segment-need-attention = À surveiller
    .meaning = Dans la moyenne sur tous les plans, mais en baisse.
    .action = Envoyez une offre personnalisée selon leurs achats précédents.
segment-about-to-sleep = Bientôt en sommeil
    .meaning = N’ont rien acheté depuis un moment et n’achetaient pas beaucoup.
    .action = Faites-les revenir avec une offre limitée dans le temps avant qu’ils oublient la boutique.
segment-at-risk = À risque
    .meaning = Achetaient souvent, mais plus depuis longtemps.
    .action = Écrivez-leur personnellement, avec une bonne raison de revenir.
segment-cant-lose-them = À ne pas perdre
    .meaning = Gros clients qui ne sont pas revenus depuis longtemps.
    .action = Appelez-les personnellement.
segment-hibernating = En hibernation
    .meaning = Ont peu acheté, il y a longtemps.
    .action = Incluez-les seulement dans les envois saisonniers ; ne dépensez pas trop pour eux.

## Phases du cycle de vie.
lifecycle-new = nouveau
lifecycle-active = actif
lifecycle-at-risk = à risque
lifecycle-lapsed = inactif
