## Ce que fait une tâche, comment elle s'est terminée, et la tâche de fond.

stage-reading-sales = Lecture des ventes
stage-reading-products = Lecture des produits et des canaux
stage-reading-customers = Lecture des clients
stage-working-out-segments = Calcul des segments
stage-forecasting = Choix du modèle et calcul de la prévision
stage-working-out-cohorts = Calcul des cohortes
stage-working-out-channels = Calcul des canaux
stage-predicting = Ajustement des modèles de prédiction
stage-writing-file = Écriture du fichier
stage-laying-out-pages = Mise en page
stage-drawing-preview = Préparation de l’aperçu
stage-merging = Fusion en cours
stage-erasing = Effacement en cours
stage-creating-demo = Création de la boutique de démonstration
stage-saving-demo = Enregistrement de la boutique de démonstration
stage-checking = Vérification de { $file }
stage-importing = Import de { $file }
stage-checked-rows = { $rows ->
    [one] Vérification : { $rows } ligne
    [many] Vérification : { $rows } de lignes
   *[other] Vérification : { $rows } lignes
}
stage-imported-rows = { $rows ->
    [one] Import : { $rows } ligne
    [many] Import : { $rows } de lignes
   *[other] Import : { $rows } lignes
}
stage-detecting-reading = Lecture des noms, téléphones et adresses
stage-detecting-learning-chance = Mesure de la fréquence des ressemblances entre inconnus
stage-detecting-finding-pairs = Recherche des paires candidates
stage-detecting-comparing-pairs = Comparaison des paires candidates
stage-detecting-estimating-model = Estimation du modèle
stage-detecting-scoring-pairs = Notation des paires
stage-finding-rules = Recherche de ce qui se vend ensemble
stage-done = Terminé
cancelled-demo = Le chargement de la boutique de démonstration a été annulé ; rien n’a été modifié.
cancelled-check = La vérification a été arrêtée ; rien n’a été écrit.
cancelled-import = L’import a été annulé ; rien n’a été modifié.
cancelled-merge = La fusion a été annulée ; rien n’a été fusionné.
cancelled-erase = L’effacement a été annulé ; rien n’a été effacé.
cancelled-find-duplicates = La recherche des doublons a été annulée.
cancelled-segments = Le calcul des segments a été annulé.
cancelled-report = La création du rapport a été annulée.
cancelled-baskets = La recherche de ce qui se vend ensemble a été annulée.
done-demo = La boutique de démonstration est prête : { $customers ->
    [one] { $customers } client
    [many] { $customers } de clients
   *[other] { $customers } clients
} sur { $years ->
    [one] { $years } an
    [many] { $years } d’ans
   *[other] { $years } ans
}.
done-import = { $imported ->
    [one] { $imported } ligne importée sur { $read } depuis { $file }.
    [many] { $imported } de lignes importées sur { $read } depuis { $file }.
   *[other] { $imported } lignes importées sur { $read } depuis { $file }.
}
done-report-saved = Rapport enregistré dans { $path }.
done-rows-saved = { $rows ->
    [one] { $rows } ligne enregistrée dans { $path }.
    [many] { $rows } de lignes enregistrées dans { $path }.
   *[other] { $rows } lignes enregistrées dans { $path }.
}
print-no-service = L’impression passe par le service d’impression du système (« { $program } » est introuvable). Enregistrez le PDF et imprimez-le depuis votre lecteur de PDF.
print-unreachable = Impossible de joindre l’imprimante : { $reason }.
print-no-printer = Aucune imprimante n’est installée sur cet ordinateur. Ajoutez-en une dans les paramètres d’impression du système, ou enregistrez le PDF et imprimez-le depuis un autre ordinateur.
print-refused = L’imprimante a refusé le rapport. Enregistrez le PDF et imprimez-le depuis votre lecteur de PDF.
print-refused-because = L’imprimante a refusé le rapport : { $reason }. Enregistrez le PDF et imprimez-le depuis votre lecteur de PDF.
done-erased = { $customers ->
    [one] { $customers } client effacé
    [many] { $customers } de clients effacés
   *[other] { $customers } clients effacés
} ({ $contacts ->
    [one] { $contacts } fiche vidée
    [many] { $contacts } de fiches vidées
   *[other] { $contacts } fiches vidées
}) ; leurs ventes restent, sur des fiches anonymes.
done-backup-saved = Copie de sauvegarde enregistrée dans { $path }.
privacy-backups-heading = Sauvegardes
privacy-backups-folder = Les copies sont conservées dans { $path } : une par jour à l’ouverture de la fenêtre, et une avant chaque import, fusion globale, effacement et restauration (7 copies quotidiennes et 4 hebdomadaires sont gardées). Pour en restaurer une : clientele restore FILE.
privacy-backups-none = Pas encore de copie.
privacy-backups-copy = { $name } · { $kb } Ko
privacy-backup-now = Sauvegarder maintenant
done-subject-saved = Toutes les données détenues sur le client ont été enregistrées dans { $path }.
worker-stopped = La tâche de fond s’est arrêtée : plus rien ne peut être lu ni enregistré tant qu’elle ne redémarre pas, et ce qu’elle faisait n’est pas terminé.
worker-restart = Redémarrer
worker-stopped-request = la tâche de fond s’est arrêtée avant la fin ; redémarrez-la pour continuer

done-unmerge = { $merges ->
    [one] { $merges } fusion annulée ; les clients sont de nouveau séparés.
    [many] { $merges } de fusions annulées ; les clients sont de nouveau séparés.
   *[other] { $merges } fusions annulées ; les clients sont de nouveau séparés.
}
print-sent = { $job ->
    [none] Le rapport a été envoyé à l’imprimante.
   *[other] Le rapport a été envoyé à l’imprimante (tâche d’impression { $job }).
}
