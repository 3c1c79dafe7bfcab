## L'onglet Campagnes et les mots des PDF des campagnes.

campaigns-title = Campagnes

## La feuille d'appels d'une campagne par téléphone.

campaigns-pdf-call-sheet = Feuille d’appels : { $name }
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

campaign-pdf-channel = { $path } : le PDF n’existe que pour les campagnes par courrier (étiquettes, lettres) ou par téléphone (feuille d’appels) ; celle-ci passe par { $channel } : écrivez la liste de contacts en .csv ou .xlsx.
campaign-letter-field = { $path }, ligne { $line } : la lettre utilise le champ {"{"}{ $field }{"}"}, qui n’existe pas ; les champs sont { $fields }.
campaign-letter-unreadable = La lettre { $path } ne peut pas être lue : { $detail }

## L'onglet Campagnes.

campaigns-job = Mesure des campagnes
campaigns-job-starting = Démarrage
campaigns-creating = Création de la campagne
campaigns-new = Nouvelle campagne
campaigns-empty = Aucune campagne pour l’instant. Choisissez « Nouvelle campagne » ci-dessus (ou lancez clientele campaign create) : choisissez qui contacter, et un groupe témoin est tiré au hasard pour voir ce que le contact a vraiment apporté.
campaigns-about = Par { $channel } à { $target }, du { $start } au { $end }
campaigns-customers = Clients
campaigns-responders = Répondants
campaigns-rate = Taux de réponse
campaigns-target-group = Contactés (cible)
campaigns-control-group = Groupe témoin
campaigns-uplift = Gain incrémental : { $diff } points de taux de réponse (sûr à 95 % : entre { $low } et { $high })
campaigns-form-name = Nom
campaigns-form-name-hint = p. ex. Reconquête de printemps
campaigns-form-goal = Objectif
campaigns-form-target = Qui
campaigns-form-list-hint = p. ex. At risk
campaigns-form-channel = Canal
campaigns-form-control = Groupe témoin
campaigns-form-window = Fenêtre de réponse (jours)
campaigns-form-response = Réponse
campaigns-form-response-hint = any, product:NOM, category:NOM ou revenue
campaigns-form-cost = Coût par contact
campaigns-form-cost-hint = facultatif
campaigns-form-create = Créer la campagne
campaigns-created = Campagne « { $name } » créée : { $target ->
    [one] { $target } client à contacter
    [many] { $target } de clients à contacter
   *[other] { $target } clients à contacter
}, { $control ->
    [one] { $control } mis de côté
    [many] { $control } de clients mis de côté
   *[other] { $control } mis de côté
} comme groupe témoin.
campaigns-left-out = Laissés de côté : { $no_consent } sans consentement, { $said_no } qui ont refusé, { $no_address } sans adresse pour ce canal.
campaigns-goal-win-back = Reconquérir
campaigns-goal-thank = Remercier
campaigns-goal-cross-sell = Vente croisée
campaigns-goal-announce = Annoncer
campaigns-kind-segment = Segment
campaigns-kind-saved = Segment enregistré
campaigns-kind-tier = Classe de valeur
campaigns-kind-stage = Phase du cycle de vie
campaigns-kind-predict = Liste des prédictions
campaigns-kind-offer = Clients à qui proposer
