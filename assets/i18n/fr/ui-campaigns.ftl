## L'onglet Campagnes et les mots des PDF des campagnes.

campaigns-title = Campagnes

## La feuille d'appels d'une campagne par téléphone.

campaigns-pdf-call-sheet = Feuille d'appels : { $name }
campaigns-pdf-phone = Téléphone
campaigns-pdf-segment = Segment
campaigns-pdf-last-purchase = Dernier achat
campaigns-pdf-suggested = À proposer
campaigns-pdf-reached = Joint
campaigns-pdf-not-reached = Pas joint
campaigns-pdf-call-back = À rappeler
campaigns-pdf-notes = Notes
campaigns-pdf-page-of = Page { $page } sur { $pages }

## Erreurs des PDF des campagnes (traductions de campaigns.ftl).

campaign-pdf-channel = { $path } : un PDF se fait pour les campagnes par courrier (étiquettes, lettres) ou par téléphone (feuille d'appels) ; celle-ci passe par { $channel } : écrivez la liste de contacts en .csv ou .xlsx.
campaign-letter-field = { $path }, ligne { $line } : la lettre utilise le champ {"{"}{ $field }{"}"}, qui n'existe pas ; les champs sont { $fields }.
campaign-letter-unreadable = La lettre { $path } ne peut pas être lue : { $detail }
