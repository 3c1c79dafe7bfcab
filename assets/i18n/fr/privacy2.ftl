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
