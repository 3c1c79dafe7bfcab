## L’onglet Import : le type de fichier, à côté de Contacts et Ventes.
import-kind-feedback = Avis

## L’onglet Avis.
feedback-title = Avis

## L’onglet Avis : le titre, le nombre d’avis et la tâche dans la barre d’état.
feedback-what-customers-say = Ce que disent les clients
feedback-empty = Aucun avis pour l’instant. Importez des réponses à une enquête ou des avis dans l’onglet Import (choisissez « Avis »), ajoutez une réclamation reçue par téléphone depuis la fiche d’un client, ou chargez la boutique de démonstration.
feedback-job = Calcul des chiffres des avis
feedback-job-starting = Démarrage
# $count : nombre d’avis ; $shown : le même nombre, écrit à l’écran ; $date : le dernier jour, écrit à l’écran.
feedback-pieces-up-to = { $count ->
        [one] { $shown } avis jusqu’au { $date }.
        [many] { $shown } d’avis jusqu’au { $date }.
       *[other] { $shown } avis jusqu’au { $date }.
    }

## L’onglet Avis : les cartes du haut.
feedback-nps = Net Promoter Score
feedback-nps-tip = Pourcentage de promoteurs (9-10) moins pourcentage de détracteurs (0-6) ; la fourchette en dessous contient le vrai score 95 fois sur 100
feedback-csat = Satisfaits (CSAT 4-5)
feedback-average-stars = Note moyenne (étoiles)
# $stars : le nombre moyen d’étoiles, écrit à l’écran.
feedback-stars-value = { $stars } ★
feedback-unhappy-and-valuable = Mécontents de valeur
# $count : nombre de réponses ; $shown : le même nombre, écrit à l’écran.
feedback-answers = { $count ->
        [one] { $shown } réponse
        [many] { $shown } de réponses
       *[other] { $shown } réponses
    }
# Sous le Net Promoter Score. $low, $high : les bornes de sa fourchette à 95 % ; $count : nombre de réponses ; $shown : le même nombre, écrit à l’écran.
feedback-nps-range-answers = de { $low } à { $high } · { $count ->
        [one] { $shown } réponse
        [many] { $shown } de réponses
       *[other] { $shown } réponses
    }
# Sous « Mécontents de valeur ». $count : clients dont une réclamation attend depuis plus d’une semaine ; $shown : le même nombre, écrit à l’écran.
feedback-waiting-over-a-week = { $count ->
        [one] { $shown } attend depuis plus d’une semaine
        [many] { $shown } attendent depuis plus d’une semaine
       *[other] { $shown } attendent depuis plus d’une semaine
    }

## L’onglet Avis : le graphique mois par mois et les phrases sur le réachat.
feedback-month-by-month = Mois par mois
feedback-no-nps-or-csat = Aucune réponse NPS ou CSAT à représenter.
feedback-line-nps = NPS
feedback-line-nps-range = Fourchette NPS à 95 %
feedback-line-csat = CSAT %
feedback-points-too-few = Trop peu de réponses pour conclure
feedback-did-they-buy-again = Ont-ils racheté ?
# La part dans « Mécontents : 12 sur 40 ont racheté sous 90 jours (…) ». $share, $low, $high : des pourcentages écrits à l’écran.
feedback-share-likely = { $share }, sans doute entre { $low } et { $high }
# Une ligne sous « Ont-ils racheté ? ». $said : la phrase.
feedback-bought-again-line = { $said }.

## L’onglet Avis : le choix de la liste du bas.
# $shown : combien, écrit à l’écran.
feedback-part-unhappy = Mécontents de valeur ({ $shown })
# $shown : combien, écrit à l’écran.
feedback-part-open = Réclamations en attente ({ $shown })
feedback-part-terms = Sujets de plainte
feedback-part-groups = Répartition

## L’onglet Avis : les en-têtes de colonnes de ses listes.
feedback-column-customer = Client
feedback-column-score = Note
feedback-column-date = Date
feedback-column-tier = Classe
feedback-column-spent = Dépensé
feedback-column-open-complaint = Réclamation
feedback-column-what-they-said = Ce qu’il a dit
feedback-column-age = Attente
feedback-column-channel = Canal
feedback-column-status = Statut
feedback-column-term = Terme
feedback-column-unhappy = Mécontents
feedback-column-happy = Satisfaits
feedback-column-log-odds = Log-odds
feedback-column-group = Groupe
feedback-column-answers = Réponses
feedback-column-nps = NPS
feedback-column-nps-range = Fourchette à 95 %
feedback-column-csat = CSAT
feedback-column-stars = Étoiles

## L’onglet Avis : les listes.
feedback-unhappy-about = Clients mécontents (détracteurs, 1 ou 2 étoiles ou CSAT, pouce baissé) parmi vos meilleurs clients (classes de valeur A et B), selon ce qu’ils ont dépensé ; ceux dont une réclamation attend depuis plus d’une semaine viennent en premier.
feedback-show-this-customer = Voir ce client
# Dans la colonne Classe. $tier : la lettre de la classe (A, B ou C).
feedback-tier-cell = { $tier }
# $count : nombre de jours ; $shown : le même nombre, écrit à l’écran.
feedback-days = { $count ->
        [one] { $shown } jour
        [many] { $shown } de jours
       *[other] { $shown } jours
    }
# Sous une longue liste. $rows : lignes affichées ; $total : lignes en tout (les deux écrits à l’écran).
feedback-first-rows-shown = Les { $rows } premiers sont affichés ; les boutons les prennent tous ({ $total }).
feedback-no-open-complaint = Aucune réclamation n’attend de réponse.
feedback-open-about = Réclamations qui attendent encore une réponse, de la plus ancienne à la plus récente. Réglez-en une en notant ce qui a été fait.
# $id : le numéro de l’avis.
feedback-resolve-which = Régler l’avis { $id } :
feedback-what-was-done = ce qui a été fait
feedback-mark-resolved = Marquer comme réglée
feedback-cancel = Annuler
feedback-resolve = Régler…
# Un message de la barre d’état. $id : le numéro de l’avis.
feedback-marked-resolved = Avis { $id } marqué comme réglé.
# Le nom d’une liste de clients (pour « Voir dans Clients » et le tableur).
feedback-list-open-complaints = Réclamations en attente
feedback-several-unsolved = Plusieurs réclamations non réglées : risque de départ
feedback-no-term = Aucun mot ne ressort encore : un terme apparaît dans la liste dès qu’au moins 3 clients mécontents l’emploient plus souvent que les clients satisfaits.
feedback-terms-about = Mots et expressions de deux mots que les clients mécontents emploient plus que les satisfaits, les plus marquants d’abord. Cliquez sur un terme pour lire ce qui a été dit.
# $term : un mot employé par des clients ; $count : nombre d’avis qui le contiennent ; $shown : le même nombre, écrit à l’écran.
feedback-term-in = { $count ->
        [one] « { $term } » dans { $shown } avis
        [many] « { $term } » dans { $shown } d’avis
       *[other] « { $term } » dans { $shown } avis
    }
# Le nom d’une liste de clients. $term : un mot employé par des clients.
feedback-list-said = Ont dit « { $term } »
feedback-by = Par
feedback-by-channel = canal de la première commande
feedback-by-product = produit
feedback-by-segment = segment
feedback-by-tier = classe de valeur
feedback-by-stage = phase du cycle de vie
feedback-by-month = mois
feedback-no-group = Aucun avis noté ne tombe dans un groupe de cette répartition.
# $low, $high : les bornes d’une fourchette, écrites à l’écran.
feedback-range = de { $low } à { $high }

## La fiche d’un client : les badges d’avis à côté du nom.
feedback-feeling-unhappy = Mécontent
feedback-feeling-neutral = Neutre
feedback-feeling-happy = Satisfait
feedback-feeling-tip = Ce que le client ressentait la dernière fois qu’il a donné une note
# $count : nombre de réclamations en attente ; $shown : le même nombre, écrit à l’écran.
feedback-open-complaints-badge = { $count ->
        [one] Réclamation en attente
        [many] { $shown } de réclamations en attente
       *[other] { $shown } réclamations en attente
    }
feedback-open-complaint-tip = Une réclamation attend une réponse : voir Avis plus bas
feedback-at-risk-of-leaving = Risque de départ
feedback-at-risk-tip = Les clients dont les réclamations restent sans suite sont ceux qui vont partir

## La fiche d’un client : la liste des avis et le formulaire « Ajouter un avis ».
feedback-loading = Chargement des avis…
feedback-nothing-said = Aucun avis pour l’instant.
# $note : ce que le gérant a écrit en réglant la réclamation.
feedback-resolved-note = Réglée : { $note }
feedback-add-feedback = Ajouter un avis
feedback-day = Jour
feedback-day-hint = aujourd’hui (AAAA-MM-JJ)
feedback-where = Où
feedback-score = Note
feedback-scale-none = aucune
feedback-scale-nps = NPS 0-10
feedback-scale-stars = étoiles 1-5
feedback-scale-csat = CSAT 1-5
feedback-scale-thumbs = pouce 0/1
feedback-text-hint = Ce que le client a dit
feedback-complaint-waits = Une réclamation qui attend une réponse
feedback-add = Ajouter
feedback-bad-day = Écrivez le jour sous la forme AAAA-MM-JJ, par exemple 2026-12-06.
feedback-off-scale = La note n’est pas sur son échelle.
feedback-say-something = Écrivez ce que le client a dit, ou donnez une note.

## Notes, canaux et états d’un avis, dans les listes et la fiche du client.
# $score : la note écrite à l’écran.
feedback-score-nps = { $score }/10 NPS
# $score : la note écrite à l’écran.
feedback-score-stars = { $score } ★
# $score : la note écrite à l’écran.
feedback-score-csat = { $score }/5 CSAT
feedback-thumbs-up = pouce levé
feedback-thumbs-down = pouce baissé
feedback-status-open = en attente
feedback-status-resolved = réglé
feedback-channel-survey = enquête
feedback-channel-review = avis en ligne
feedback-channel-email = e-mail
feedback-channel-phone = téléphone
feedback-channel-shop = en boutique

## L’onglet Prédictions : à côté d’un client dont des réclamations attendent encore.
# $count : nombre de réclamations en attente ; $shown : le même nombre, écrit à l’écran.
feedback-predictions-open-complaints = { $count ->
        [one] { $shown } réclamation en attente
        [many] { $shown } de réclamations en attente
       *[other] { $shown } réclamations en attente
    }
feedback-predictions-open-complaints-tip = Réclamations non réglées : risque de départ, quels que soient ses achats

## L’onglet Import, pour un fichier d’avis.
import-feedback-about = Avis : réponses à une enquête, avis en ligne ou réclamations, chacun désignant son client par son numéro, son e-mail ou son téléphone.
import-feedback-job-importing = Import des avis
import-feedback-job-checking = Vérification des avis
import-feedback-job-reading = Lecture
# $count : avis importés ; $shown : le même nombre, écrit à l’écran ; $rows : lignes lues, écrit à l’écran ; $customers : clients ajoutés ; $shown_customers : le même nombre, écrit à l’écran.
import-feedback-imported = { $count ->
        [one] { $shown } avis importé
        [many] { $shown } d’avis importés
       *[other] { $shown } avis importés
    } sur { $rows } lignes ({ $customers ->
        [one] { $shown_customers } nouveau client
        [many] { $shown_customers } de nouveaux clients
       *[other] { $shown_customers } nouveaux clients
    }).
import-feedback-see-them = Retrouvez-les dans l’onglet Avis, et dans la fiche de chaque client.
# $column : l’en-tête de la colonne des notes.
import-feedback-which-scale-column = Sur quelle échelle sont les notes de la colonne « { $column } » ? Le fichier ne le dit pas, et un 4 veut dire autre chose sur chaque échelle.
import-feedback-which-scale = Sur quelle échelle sont les notes ? Le fichier ne le dit pas, et un 4 veut dire autre chose sur chaque échelle.
import-feedback-scale-nps = NPS, de 0 à 10 (probabilité de recommander)
import-feedback-scale-stars = Étoiles, de 1 à 5
import-feedback-scale-csat = CSAT, de 1 à 5 (satisfaction)
import-feedback-scale-thumbs = Pouce levé ou baissé (1 ou 0)
# $scale : l’une des échelles ci-dessus.
import-feedback-scores-read-as = Échelle des notes : { $scale }.
import-feedback-change = Changer
# $layout : le nom d’un format d’export connu (celui d’un site d’avis, par exemple).
import-feedback-layout = Format d’export reconnu : { $layout }.
# $scale : l’une des échelles ci-dessus.
import-feedback-layout-scale = D’après ce format, les notes sont sur l’échelle : { $scale }.
# $count : lignes lues ; $shown : le même nombre, écrit à l’écran ; $importable, $left : lignes importables et lignes laissées de côté, écrits à l’écran.
import-feedback-rows-check = { $count ->
        [one] Lignes importables : { $importable } sur { $shown } ; laissées de côté : { $left }.
        [many] Lignes importables : { $importable } sur { $shown } ; laissées de côté : { $left }.
       *[other] Lignes importables : { $importable } sur { $shown } ; laissées de côté : { $left }.
    }
# Un problème trouvé dans le fichier. $problem : le problème, en une phrase.
import-feedback-problem = • { $problem }
import-feedback-import = Importer les avis
