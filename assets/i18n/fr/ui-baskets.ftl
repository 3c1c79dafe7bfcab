## L’onglet Paniers.

baskets-title = Paniers

## Libellés, boutons et info-bulles de l’onglet Paniers.

baskets-what-sells-together = Ce qui se vend ensemble
baskets-there-are-no-sales-yet = Il n’y a encore aucune vente. Importez un fichier de ventes, ou chargez la boutique de démonstration.
baskets-look-at = Analyser les
baskets-in-at-least = Dans au moins
baskets-the-share-of-all-orders = La part de toutes les commandes qui contiennent ces produits ensemble ; les règles sont recalculées quand vous lâchez le curseur
baskets-of-orders = des commandes, et
baskets-of-the-orders-with-the = Parmi les commandes qui contiennent les premiers produits, la part qui contient aussi les autres
baskets-of-the-time = des cas
baskets-only-rules-with = Seulement les règles avec
baskets-a-product = un produit
baskets-no-products-sell-together-this = Aucun produit ne se vend avec un autre aussi souvent : baissez les seuils pour voir des liens plus faibles.
baskets-customers-who-buy-also-buy = Les clients qui achètent … achètent aussi …
baskets-sort-by-this-highest-first = Trier selon cette colonne, du plus grand au plus petit
baskets-pairs-that-sell-together = Paires qui se vendent ensemble
baskets-no-two-products-are-bought = Aucune paire de produits n’est encore achetée ensemble assez souvent.
baskets-darker-bought-together-more-times = Plus foncé : achetés ensemble plus souvent que le hasard ne le voudrait.
baskets-customers-to-offer = Clients à qui proposer
baskets-show-in-customers = Voir dans Clients
baskets-open-the-customers-tab-showing = Ouvrir l’onglet Clients avec seulement ces clients
baskets-save-as-spreadsheet = Enregistrer en tableur…
baskets-an-excel-workbook-xlsx-or = Un classeur Excel (.xlsx) ou un fichier CSV
baskets-customer = Client
baskets-because-they-bought = Parce qu’il a acheté

## Les choix, les règles et les suggestions de l’onglet Paniers.

baskets-products = produits
baskets-categories = catégories
# $rules : nombre de règles ; $shown_rules : le même nombre, écrit à l’écran ; $orders : nombre de commandes ; $shown_orders : le même nombre, écrit à l’écran.
baskets-rules-kept = { $rules ->
        [one] { $shown_rules } règle retenue
        [many] { $shown_rules } de règles retenues
       *[other] { $shown_rules } règles retenues
    } par ces seuils, sur { $orders ->
        [one] { $shown_orders } commande
        [many] { $shown_orders } de commandes
       *[other] { $shown_orders } commandes
    }
baskets-column-orders = Cdes
baskets-column-support = Support
baskets-column-confidence = Confiance
baskets-column-lift = Lift
# $a, $b : deux produits ou catégories ; $lift : combien de fois plus souvent, avec une décimale.
baskets-pair-tip = { $a } et { $b } : { $lift } fois plus souvent ensemble que par hasard
baskets-next-product-tip = Le produit que ce client a le plus de chances d’acheter ensuite
baskets-next-category-tip = La catégorie dans laquelle ce client a le plus de chances d’acheter ensuite
# $item : un produit ; $count : nombre de clients.
baskets-offer-choice = { $item } ({ $count })
# $count : des clients ; $shown : le même nombre, écrit à l’écran ; $item : le produit.
baskets-best-next-product = { $count ->
        [one] { $shown } client pour qui { $item } est l’achat suivant le plus probable
        [many] { $shown } de clients pour qui { $item } est l’achat suivant le plus probable
       *[other] { $shown } clients pour qui { $item } est l’achat suivant le plus probable
    }
# Idem, pour une catégorie.
baskets-best-next-category = { $count ->
        [one] { $shown } client pour qui { $item } est la catégorie d’achat suivante la plus probable
        [many] { $shown } de clients pour qui { $item } est la catégorie d’achat suivante la plus probable
       *[other] { $shown } clients pour qui { $item } est la catégorie d’achat suivante la plus probable
    }
# Le titre de la liste, et de son fichier. $item : un produit ou une catégorie.
baskets-offer-title = Clients à qui proposer { $item }
baskets-consented-only = Seulement les clients qui ont donné leur consentement marketing
