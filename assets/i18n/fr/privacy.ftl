## Consentement, effacement d'une personne, sauvegardes.

privacy-consent-heading = Consentement
privacy-channel-email = E-mail
privacy-channel-sms = SMS
privacy-channel-post = Courrier
privacy-channel-phone = Téléphone
privacy-consent-yes = Oui, accepté
privacy-consent-no = Non, refusé
privacy-consent-unknown = Pas demandé
privacy-consent-since = depuis le { $day }
privacy-consent-history = Historique du consentement ({ $count })
privacy-consent-entry = { $day } · { $channel } : { $state } ({ $source })
privacy-source-import = import { $batch }
privacy-source-window = dans la fenêtre
privacy-source-command-line = en ligne de commande
privacy-source-earlier = enregistré avant la mise en place de l’historique du consentement
privacy-export-button = Tout exporter
privacy-export-hover = Écrire toutes les données détenues sur ce client dans un fichier JSON, dans le dossier des exports à côté de la base de données (demande d’accès RGPD)
privacy-erase-button = Effacer…
privacy-erase-hover = Effacer définitivement ce client, à sa demande : montre ce qui disparaît et demande confirmation
privacy-erase-warning = C’est irréversible, même depuis une sauvegarde : les sauvegardes sont effacées aussi.
privacy-erase-yes = Effacer définitivement
privacy-erase-title = Effacer le client { $customer } ?
privacy-erase-job = Effacement du client
privacy-cancel = Annuler
done-customers-saved = { $customers ->
    [one] { $customers } client enregistré dans { $path }.
    [many] { $customers } de clients enregistrés dans { $path }.
   *[other] { $customers } clients enregistrés dans { $path }.
}
failed-settings = Les paramètres n’ont pas été enregistrés : { $reason }
failed-segment-save = Le segment n’a pas été enregistré : { $reason }
failed-segment-delete = Le segment n’a pas été supprimé : { $reason }
failed-merge = Rien n’a été fusionné : { $reason }
failed-unmerge = Rien n’a été annulé : { $reason }
failed-write = impossible d’écrire { $path } : { $reason }
