## L’onglet Vue d’ensemble : les chiffres clés des 30 et 365 derniers jours, et le CA par mois.

overview-title = Vue d’ensemble
overview-working = Calcul de vos chiffres…
overview-no-sales = Il n’y a encore aucune vente, donc aucun chiffre à montrer.

## La Vue d’ensemble d’une base vide : l’accueil et ses deux boutons.

overview-welcome = Bienvenue dans Clientele
overview-empty-file = Votre base de clients est vide. C’est un seul fichier, sur cet ordinateur :
overview-bring-your-own = Importez vos propres clients ou ventes : un fichier CSV ou un tableur (Excel, LibreOffice) exporté de votre caisse, de votre boutique en ligne ou de votre carnet d’adresses.
# $count : nombre de clients de la boutique de démonstration ; $shown : le même nombre, écrit à l’écran.
overview-demo-offer = { $count ->
        [one] Ou, pour faire d’abord le tour du programme, chargez une boutique de démonstration : { $shown } client et trois ans de ventes, avec des noms français, anglais, russes, chinois et arméniens, et quelques clients saisis deux fois, comme dans les vrais fichiers.
        [many] Ou, pour faire d’abord le tour du programme, chargez une boutique de démonstration : { $shown } de clients et trois ans de ventes, avec des noms français, anglais, russes, chinois et arméniens, et quelques clients saisis deux fois, comme dans les vrais fichiers.
       *[other] Ou, pour faire d’abord le tour du programme, chargez une boutique de démonstration : { $shown } clients et trois ans de ventes, avec des noms français, anglais, russes, chinois et arméniens, et quelques clients saisis deux fois, comme dans les vrais fichiers.
    }
overview-cancel = Annuler
overview-import-file = Importer mon fichier…
overview-import-file-hint = Choisissez un fichier CSV ou un tableur ; vous vérifiez comment ses colonnes sont lues avant tout import
overview-load-demo = Charger la boutique de démonstration

## Les chiffres de la Vue d’ensemble.

# $date : le jour de la dernière vente, en toutes lettres ; $weekday : son jour de la semaine.
overview-as-of = Chiffres jusqu’au { $date } ({ $weekday }), jour de la dernière vente.
overview-forecast-hint = Prévision du chiffre d’affaires par le modèle qui a le mieux réussi sur les mois passés de cette boutique (Graphiques, Prévision) ; la fourchette contient le chiffre réel 8 fois sur 10.
overview-revenue-by-month = Chiffre d’affaires par mois
# $days : la durée de la période en jours ; $from et $to : son premier et son dernier jour.
overview-period = { $days ->
        [one] Dernier jour ({ $from } – { $to }), par rapport à la veille
        [many] { $days } derniers jours ({ $from } – { $to }), par rapport aux { $days } jours d’avant
       *[other] { $days } derniers jours ({ $from } – { $to }), par rapport aux { $days } jours d’avant
    }
overview-card-revenue = Chiffre d’affaires
overview-card-orders = Commandes
overview-card-customers = Clients
overview-card-new-customers = Nouveaux clients
overview-card-repeat-customers = Clients récurrents
overview-card-average-order = Panier moyen

## Le graphique du CA par mois.

overview-chart-too-short = Le graphique a besoin de ventes sur au moins deux mois.
# La barre du mois en cours. $month : le mois ; $day : le jour de la dernière vente ; $count : les commandes du mois ; $shown : le même nombre, écrit à l’écran.
overview-bar-so-far = { $count ->
        [one] { $month }, en cours (jusqu’au { $day }) · { $shown } commande
        [many] { $month }, en cours (jusqu’au { $day }) · { $shown } de commandes
       *[other] { $month }, en cours (jusqu’au { $day }) · { $shown } commandes
    }
# La barre d’un mois. $month : le mois ; $count : ses commandes ; $shown : le même nombre, écrit à l’écran.
overview-bar = { $count ->
        [one] { $month } · { $shown } commande
        [many] { $month } · { $shown } de commandes
       *[other] { $month } · { $shown } commandes
    }
# Sous le nom de la barre pointée ; $amount : le CA du mois.
overview-bar-revenue = chiffre d’affaires { $amount }
# Au-dessus de la barre du mois en cours.
overview-so-far = en cours
