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
