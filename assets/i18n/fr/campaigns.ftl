## Les campagnes : leurs erreurs, le verdict sur ce qu’une campagne a apporté, ce qu’elle peut détecter, et les lignes de l’historique des contacts.

campaign-empty-name = Une campagne doit avoir un nom.
campaign-name-taken = Une campagne nommée « { $name } » existe déjà : choisissez un autre nom.
campaign-no-such-campaign = Aucune campagne ne s’appelle « { $name } » (clientele campaign list en donne la liste).
campaign-target-unreadable = La cible « { $target } » est illisible : écrivez KIND:NAME, où KIND vaut segment, saved, tier, stage, predict ou offer (p. ex. segment:At risk).
# $kind : un mot anglais de la ligne de commande (segment, saved, tier, stage, predict, offer) ; $name : le nom cherché.
campaign-no-such-list = { $kind ->
        [segment] Aucun segment ne s’appelle
        [saved] Aucun segment enregistré ne s’appelle
        [tier] Aucune classe ne s’appelle
        [stage] Aucune phase du cycle de vie ne s’appelle
        [predict] Aucune liste de prédictions ne s’appelle
        [offer] Aucun produit à proposer ne s’appelle
       *[other] Aucun { $kind } ne s’appelle
    } « { $name } » (segments : clientele segments ; segments enregistrés : clientele segment list ; predict : worth-saving ou likely-to-leave ; offer : un produit que propose clientele recommend).
campaign-empty-target = La cible « { $target } » ne contient aucun client aujourd’hui : aucune campagne n’a été créée.
campaign-nobody-to-contact = Aucun client de la cible n’a à la fois accepté d’être contacté sur ce canal et donné une adresse pour ce canal : aucune campagne n’a été créée.
campaign-control-share = La part du groupe témoin, { $share }, doit être comprise entre 0 et 1, ces deux valeurs exclues (0.1 met de côté 10 % des clients).
campaign-window-days = La fenêtre de réponse de { $days } jours doit durer de 1 à 366 jours.
campaign-response-unreadable = La définition de la réponse « { $response } » est illisible : utilisez any, product:NOM, category:NOM ou revenue.
campaign-goal-unknown = L’objectif « { $goal } » est inconnu : utilisez win-back, thank, cross-sell ou announce.
campaign-channel-unknown = Le canal « { $channel } » est inconnu : utilisez email, sms, post ou phone.
campaign-cost = Le coût par contact, { $cost }, doit être un nombre positif ou nul.
campaign-rule = La règle est illisible : { $detail }
campaign-as-of-before-start = La date { $as-of } est antérieure au début de la campagne ({ $start }) : il n’y a encore rien à mesurer.
campaign-verdict-worked = La campagne a marché : grâce au contact, le nombre de clients qui ont acheté a augmenté de { $extra } (entre { $low } et { $high }, avec une certitude de 95 %).
campaign-verdict-no-evidence-yet = Pas encore assez d’éléments : la différence peut être due au hasard. Attendez la fin de la fenêtre de réponse, ou prenez un groupe plus grand la prochaine fois.
campaign-verdict-no-evidence = Pas assez d’éléments : la différence peut être due au hasard. Prenez un groupe plus grand la prochaine fois.
campaign-verdict-no-change = Le groupe témoin a acheté autant que la cible : cette campagne n’a pas changé les habitudes d’achat.
campaign-verdict-nothing-to-compare = Rien à comparer : la cible ou le groupe témoin n’a aucun client.
# $customers : un nombre de clients ; $share, $points, $base : des nombres déjà écrits.
campaign-detectable-shop-rate = Avec { $customers ->
        [one] { $customers } client
        [many] { $customers } de clients
       *[other] { $customers } clients
    } et un groupe témoin de { $share } %, un gain incrémental du taux de réponse de { NUMBER($points, minimumFractionDigits: 1, maximumFractionDigits: 1) } points ou plus sera visible, mais pas un gain plus faible (en supposant que { NUMBER($base, minimumFractionDigits: 1, maximumFractionDigits: 1) } % des clients répondent de toute façon : le taux de réachat récent de la boutique).
campaign-detectable-default-rate = Avec { $customers ->
        [one] { $customers } client
        [many] { $customers } de clients
       *[other] { $customers } clients
    } et un groupe témoin de { $share } %, un gain incrémental du taux de réponse de { NUMBER($points, minimumFractionDigits: 1, maximumFractionDigits: 1) } points ou plus sera visible, mais pas un gain plus faible (en supposant que { NUMBER($base, minimumFractionDigits: 1, maximumFractionDigits: 1) } % des clients répondent de toute façon : le taux propre à la boutique n’est pas connu).
campaign-channel-email = e-mail
campaign-channel-sms = SMS
campaign-channel-post = courrier
campaign-channel-phone = téléphone
# $campaign : le nom de la campagne ; $channel : le canal ; $date : le jour.
campaign-included = Inclus dans « { $campaign } » ({ $channel }) le { $date }
# $target, $control : des nombres de clients ; $channel : le canal ; $seed : la graine du tirage au sort.
campaign-created = Campagne « { $name } » créée : { $target ->
        [one] { $target } client à contacter
        [many] { $target } de clients à contacter
       *[other] { $target } clients à contacter
    } par { $channel }, { $control ->
        [one] { $control } client mis de côté comme groupe témoin
        [many] { $control } de clients mis de côté comme groupe témoin
       *[other] { $control } clients mis de côté comme groupe témoin
    } (graine { $seed }).
campaign-left-out = Hors de la cible : { $no-consent } sans consentement sur ce canal, { $said-no } ayant refusé, { $no-address } sans adresse pour ce canal.
campaign-left-out-no-consent = pas de consentement sur ce canal
campaign-left-out-said-no = a refusé sur ce canal
campaign-left-out-no-address = pas d’adresse pour ce canal
