## Listes marketing filtrées par canal, couverture du consentement, export des données en PDF.

privacy2-withheld = Retenu faute de consentement : { $left-out ->
    [one] { $left-out } client écarté
    [many] { $left-out } de clients écartés
   *[other] { $left-out } clients écartés
}, { $emails ->
    [one] { $emails } e-mail
    [many] { $emails } d'e-mails
   *[other] { $emails } e-mails
}, { $phones ->
    [one] { $phones } numéro de téléphone
    [many] { $phones } de numéros de téléphone
   *[other] { $phones } numéros de téléphone
}, { $addresses ->
    [one] { $addresses } adresse postale
    [many] { $addresses } d'adresses postales
   *[other] { $addresses } adresses postales
}.
privacy2-marketing-list-saved = { $customers ->
    [one] { $customers } client enregistré
    [many] { $customers } de clients enregistrés
   *[other] { $customers } clients enregistrés
} dans { $path }. Retenu faute de consentement : { $left-out ->
    [one] { $left-out } client écarté
    [many] { $left-out } de clients écartés
   *[other] { $left-out } clients écartés
}, { $emails ->
    [one] { $emails } e-mail
    [many] { $emails } d'e-mails
   *[other] { $emails } e-mails
}, { $phones ->
    [one] { $phones } numéro de téléphone
    [many] { $phones } de numéros de téléphone
   *[other] { $phones } numéros de téléphone
}, { $addresses ->
    [one] { $addresses } adresse postale
    [many] { $addresses } d'adresses postales
   *[other] { $addresses } adresses postales
}.
privacy2-report-consent = Consentement
privacy2-report-consent-note = Ce qu'ont répondu les { $v1 } clients, canal par canal, tel que le fichier le contient aujourd'hui (pas seulement sur la période). Non demandé : aucune réponse enregistrée.
privacy2-report-consent-none = Aucun client pour l'instant.
privacy2-report-channel = Canal
privacy2-report-yes = Oui
privacy2-report-no = Non
privacy2-report-unknown = Non demandé
privacy2-report-count-share = { $v1 } ({ $v2 })
privacy2-report-email = E-mail
privacy2-report-sms = SMS
privacy2-report-post = Courrier
privacy2-report-phone = Téléphone
privacy2-pdf-title = Tout ce qui est conservé sur le client { $customer }
privacy2-pdf-intro = Établi le { $day } à la demande du client : toutes les valeurs que le fichier de la boutique contient sur lui, ses achats, fusions, consentements, campagnes, contacts, avis et le journal de ce qui a été fait de ses données.
privacy2-pdf-empty = Rien.
privacy2-pdf-item = N° { $n }
privacy2-pdf-details = Coordonnées
privacy2-pdf-extra = Autres colonnes des fichiers importés
privacy2-pdf-consent = Consentement actuel
privacy2-pdf-consent-history = Historique du consentement
privacy2-pdf-sales = Achats
privacy2-pdf-merges = Fusions
privacy2-pdf-campaigns = Campagnes
privacy2-pdf-contact-history = Historique des contacts
privacy2-pdf-feedback = Avis
privacy2-pdf-audit = Journal des actions sur ces données
privacy2-key-customer = Numéro client
privacy2-key-contact = Fiche
privacy2-key-source = Provenance
privacy2-key-created = Ajouté le
privacy2-key-updated = Modifié le
privacy2-key-merged-contacts = Fiches fusionnées
privacy2-key-fields = Champs
privacy2-key-channel = Canal
privacy2-key-state = Réponse
privacy2-key-decided-on = Décidé le
privacy2-key-recorded-at = Enregistré le
privacy2-key-batch = Import
privacy2-key-id = Numéro
privacy2-key-order = Commande
privacy2-key-sold-at = Vendu le
privacy2-key-product = Produit
privacy2-key-category = Catégorie
privacy2-key-quantity = Quantité
privacy2-key-amount = Montant
privacy2-key-merge = Fusion
privacy2-key-survivor = Fiche conservée
privacy2-key-absorbed = Fiche fusionnée
privacy2-key-saved = Valeurs avant la fusion
privacy2-key-score = Score
privacy2-key-decided-by = Décidé par
privacy2-key-merged-at = Fusionné le
privacy2-key-undone-at = Annulé le
privacy2-key-campaign = Campagne
privacy2-key-goal = Objectif
privacy2-key-start-date = Début
privacy2-key-group = Groupe
privacy2-key-segment = Segment
privacy2-key-at = Quand
privacy2-key-kind = Type
privacy2-key-note = Note
privacy2-key-date = Date
privacy2-key-text = Texte
privacy2-key-status = Statut
privacy2-key-resolved-at = Résolu le
privacy2-key-resolved-note = Note de résolution
privacy2-key-action = Action
privacy2-key-detail = Détails
privacy2-export-pdf-button = Exporter en PDF
privacy2-export-pdf-hover = Écrire tout ce qui est conservé sur ce client dans un PDF lisible, dans le dossier exports à côté de la base
privacy2-pdf-merged-records = Fiches fusionnées dans ce client
