## L’onglet Rapports.

reports-title = Rapports

## Libellés, boutons et info-bulles de l’onglet Rapports.

reports-print-the-report = Imprimer le rapport
reports-looking-for-printers = Recherche des imprimantes…
reports-no-printer-is-set-up = Aucune imprimante n’est installée sur cet ordinateur. Ajoutez-en une dans les paramètres d’impression du système, ou enregistrez le PDF et imprimez-le depuis un autre ordinateur.
reports-close = Fermer
reports-printer = Imprimante
reports-copies = Copies
reports-paper = Papier
reports-cancel = Annuler
reports-report = Rapport
reports-period = Période
reports-no-sales-in-this-period = Aucune vente sur cette période : les chiffres du rapport seront vides.
reports-sections = Rubriques
reports-none = Aucune
reports-all = Toutes
reports-choose-at-least-one-section = Choisissez au moins une rubrique.
reports-paper-2 = Papier
reports-save-pdf = Enregistrer en PDF…
reports-save-the-report-as-a = Enregistrer le rapport en fichier PDF (Ctrl+S)
reports-print = Imprimer…
reports-choose-a-printer-copies-and = Choisir l’imprimante, le nombre de copies et le papier, puis imprimer (Ctrl+P)
reports-yyyy-mm-dd = AAAA-MM-JJ
reports-type-both-dates-as-yyyy = Écrivez les deux dates sous la forme AAAA-MM-JJ, p. ex. 2025-01-31.
reports-the-first-date-is-after = La première date est après la seconde.
reports-use-these-dates = Utiliser ces dates
reports-fit-width = Pleine largeur
reports-larger = Plus grand
reports-smaller = Plus petit

## Périodes, papier, impression et aperçu.

reports-this-month = Ce mois-ci
reports-last-month = Le mois dernier
reports-this-quarter = Ce trimestre
reports-last-quarter = Le trimestre dernier
reports-this-year = Cette année
reports-last-year = L’année dernière
reports-custom = Dates de mon choix
reports-paper-a4 = A4
reports-paper-letter = Letter (US)
reports-sending-to-printer = Envoi du rapport à l’imprimante…
reports-job = Création du rapport
reports-job-starting = Démarrage
# $printer : le nom de l’imprimante.
reports-default-printer = { $printer } (par défaut)
# $printer : le nom de l’imprimante.
reports-print-on = Imprimer sur { $printer }
# $from, $to : le premier et le dernier jour de la période.
reports-period-dates = du { $from } au { $to }
# $pages : nombre de pages ; $size : la taille du fichier en kilo-octets, écrite à l’écran.
reports-pages-size = { $pages ->
        [one] { $pages } page · { $size } Ko
        [many] { $pages } de pages · { $size } Ko
       *[other] { $pages } pages · { $size } Ko
    }
reports-from = Du
reports-to = Au
# $page : le numéro de la page ; $count : le nombre de pages.
reports-page-of = Page { $page } sur { $count }

## L’onglet Rapports : le nom de fichier proposé pour enregistrer un rapport (sans / \ : * ? " < > |).
# $shop : le nom de la boutique ; $from, $to : le premier et le dernier jour, en AAAA-MM-JJ.
reports-file-name = Rapport { $shop } du { $from } au { $to }.pdf
# Le nom de la boutique dans le nom de fichier quand elle n’en a pas.
reports-file-name-shop = Boutique
