## L'écran Journal.

privacy2-audit-title = Journal
privacy2-audit-intro = Qui a fait quoi et quand avec les données de la boutique, du plus récent au plus ancien. Les lignes des clients effacés ne gardent rien de leurs données.
privacy2-audit-kind = Type :
privacy2-audit-every-kind = Tous les types
privacy2-audit-search = Rechercher :
privacy2-audit-none = Aucune ligne ne correspond.
privacy2-audit-newer = Plus récentes
privacy2-audit-older = Plus anciennes
privacy2-audit-when = Quand
privacy2-audit-what = Quoi
privacy2-audit-details = Détails
privacy2-audit-kind-import = Import
privacy2-audit-kind-undo-import = Import annulé
privacy2-audit-kind-merge = Fusion
privacy2-audit-kind-unmerge = Fusion annulée
privacy2-audit-kind-edit = Modification
privacy2-audit-kind-erase = Effacement
privacy2-audit-kind-export = Export
privacy2-audit-kind-campaign = Campagne
privacy2-audit-kind-consent = Consentement
privacy2-audit-kind-contact-note = Note de contact
privacy2-audit-kind-add-feedback = Avis ajouté
privacy2-audit-kind-resolve-feedback = Réclamation résolue
privacy2-audit-kind-not-duplicate = Pas la même personne
privacy2-audit-kind-not-duplicate-removed = « Pas la même personne » retiré
privacy2-audit-kind-settings = Paramètres
privacy2-audit-kind-segment-saved = Segment enregistré
privacy2-audit-kind-segment-deleted = Segment supprimé
privacy2-audit-kind-clear = Boutique vidée
privacy2-audit-lines = { $count ->
    [one] Ligne { $first } sur { $total }
    [many] Lignes { $first } à { $last } sur { $total }
   *[other] Lignes { $first } à { $last } sur { $total }
}
privacy2-audit-detail = { $details }
privacy2-audit-kind-backup = Sauvegarde
privacy2-audit-kind-restore = Restauration d'une sauvegarde
