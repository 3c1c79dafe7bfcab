## Ce que la ligne de commande indique de ce qu'elle a fait.

cli-erase-nobody = Aucun client ne correspond : rien à effacer.
cli-erase-needs-yes = rien n’a été effacé : relancez la commande avec --yes pour effacer
cli-subject-written = Toutes les données détenues sur le client { $customer } ({ $lines ->
    [one] { $lines } ligne de vente
    [many] { $lines } de lignes de vente
   *[other] { $lines } lignes de vente
}) ont été écrites dans { $path }.
cli-backup-written = Sauvegarde écrite dans { $path }.
cli-backup-holds = { $path } contient { $customers ->
    [one] { $customers } client
    [many] { $customers } de clients
   *[other] { $customers } clients
} et { $lines ->
    [one] { $lines } ligne de vente
    [many] { $lines } de lignes de vente
   *[other] { $lines } lignes de vente
}, du { $first } au { $last }.
cli-restore-needs-yes = rien n’a été restauré : relancez la commande avec --yes pour restaurer
cli-restored = { $path } restauré ; { $erased ->
    [one] { $erased } client effacé depuis a été effacé de nouveau.
    [many] { $erased } de clients effacés depuis ont été effacés de nouveau.
   *[other] { $erased } clients effacés depuis ont été effacés de nouveau.
}
cli-customers-shown = { $shown ->
    [one] { $shown } client affiché
    [many] { $shown } de clients affichés
   *[other] { $shown } clients affichés
} sur { $of } (utilisez --limit pour en voir plus)
cli-merged = Fusion effectuée : { $absorbed } → { $survivor }.
cli-merge-undone = Fusion { $merge } annulée : le client { $absorbed } ({ $absorbed-name }) est de nouveau un client à part entière ; le client { $survivor } ({ $survivor-name }) retrouve ses propres valeurs là où la fusion les avait modifiées.
cli-demo-saved = Boutique de démonstration enregistrée dans { $path } : { $customers ->
    [one] { $customers } client
    [many] { $customers } de clients
   *[other] { $customers } clients
}, { $orders ->
    [one] { $orders } commande
    [many] { $orders } de commandes
   *[other] { $orders } commandes
}, { $lines ->
    [one] { $lines } ligne de vente
    [many] { $lines } de lignes de vente
   *[other] { $lines } lignes de vente
}, chiffre d’affaires { $revenue } (du { $first } au { $last }).
cli-imported = { $imported ->
    [one] { $imported } ligne importée
    [many] { $imported } de lignes importées
   *[other] { $imported } lignes importées
} sur { $read } depuis { $file }, sous le numéro d’import { $batch }.
cli-checked = { $file } vérifié (rien n’a été écrit) : { $imported ->
    [one] { $imported } ligne sur { $read } serait importée.
    [many] { $imported } de lignes sur { $read } seraient importées.
   *[other] { $imported } lignes sur { $read } seraient importées.
}
cli-import-counts = { $contacts ->
    [one] { $contacts } nouveau contact
    [many] { $contacts } de nouveaux contacts
   *[other] { $contacts } nouveaux contacts
}, { $sales ->
    [one] { $sales } ligne de vente
    [many] { $sales } de lignes de vente
   *[other] { $sales } lignes de vente
} ({ $known } pour des clients déjà connus).
cli-import-problems = { $rejected ->
    [one] { $rejected } ligne rejetée
    [many] { $rejected } de lignes rejetées
   *[other] { $rejected } lignes rejetées
}, { $warnings ->
    [one] { $warnings } valeur mise de côté
    [many] { $warnings } de valeurs mises de côté
   *[other] { $warnings } valeurs mises de côté
} avec un avertissement :
cli-import-more-problems = … (clientele imports, ou --errors-out FILE.csv, pour tout voir)
cli-basket-summary = { $orders ->
    [one] { $orders } commande
    [many] { $orders } de commandes
   *[other] { $orders } commandes
}, { $items ->
    [one] { $items } article
    [many] { $items } d’articles
   *[other] { $items } articles
} : { $itemsets ->
    [one] { $itemsets } combinaison fréquente
    [many] { $itemsets } de combinaisons fréquentes
   *[other] { $itemsets } combinaisons fréquentes
}, { $rules ->
    [one] { $rules } règle
    [many] { $rules } de règles
   *[other] { $rules } règles
}.
cli-basket-written = { $what ->
    [rules] Les règles ont été écrites dans { $path }.
    [itemsets] Les combinaisons fréquentes ont été écrites dans { $path }.
   *[other] Les { $what } ont été écrites dans { $path }.
}
cli-recommend-written = Suggestions écrites dans { $path } : { $rows ->
    [one] { $rows } suggestion
    [many] { $rows } de suggestions
   *[other] { $rows } suggestions
} pour { $customers ->
    [one] { $customers } client
    [many] { $customers } de clients
   *[other] { $customers } clients
}.
cli-forecast-written = Historique et prévision écrits dans { $path }.
cli-cohorts-written = { $cohorts ->
    [one] { $cohorts } cohorte écrite
    [many] { $cohorts } de cohortes écrites
   *[other] { $cohorts } cohortes écrites
} dans { $path }.
cli-rfm-written = RFM de { $customers ->
    [one] { $customers } client
    [many] { $customers } de clients
   *[other] { $customers } clients
} au { $as-of } écrit dans { $path }.
cli-feedback-terms-written = { $rows ->
    [one] { $rows } terme écrit
    [many] { $rows } de termes écrits
   *[other] { $rows } termes écrits
} dans { $path }.
cli-feedback-unhappy-written = { $rows ->
    [one] { $rows } client mécontent écrit
    [many] { $rows } de clients mécontents écrits
   *[other] { $rows } clients mécontents écrits
} dans { $path }.
cli-feedback-added = Avis { $id } ajouté pour le client { $customer }.
cli-feedback-resolved = Avis { $id } marqué comme réglé.
cli-feedback-no-such-language = « { $code } » n’est pas une langue que la table des termes sait lire : utilisez en, fr, ru, zh ou hy
cli-feedback-overall = tous
cli-feedback-dates-ambiguous = Toutes les dates peuvent se lire jour/mois comme mois/jour : elles ont été lues selon les paramètres régionaux de la boutique (indiquez --date-format pour choisir).
cli-predict-written = Prédictions pour { $customers ->
    [one] { $customers } client
    [many] { $customers } de clients
   *[other] { $customers } clients
} au { $as-of } écrites dans { $path }.
cli-segment-saved = Segment « { $name } » enregistré : au { $as-of }, { $members ->
    [one] { $members } client y correspond.
    [many] { $members } de clients y correspondent.
   *[other] { $members } clients y correspondent.
}
cli-sales-written = { $lines ->
    [one] { $lines } ligne de vente écrite
    [many] { $lines } de lignes de vente écrites
   *[other] { $lines } lignes de vente écrites
} dans { $path }.
cli-customers-written = { $customers ->
    [one] { $customers } client écrit
    [many] { $customers } de clients écrits
   *[other] { $customers } clients écrits
} dans { $path } (chiffres au { $as-of }).
cli-report-written = Rapport du { $from } au { $to } écrit dans { $path } ({ $kb } Ko).
cli-report-not-translated = Le rapport n’est pas encore traduit en « { $code } » ; il est rédigé en anglais.
cli-cannot-write = impossible d’écrire { $path }
cli-demo-not-saved = impossible d’enregistrer la boutique de démonstration

cli-import-undone = Import { $batch } annulé : { $sales ->
    [one] { $sales } ligne de vente
    [many] { $sales } de lignes de vente
   *[other] { $sales } lignes de vente
} et { $contacts ->
    [one] { $contacts } contact
    [many] { $contacts } de contacts
   *[other] { $contacts } contacts
} retirés{ $kept ->
    [0] {""}
    [one] ; { $kept } contact qu’il avait créé a été gardé, car des imports ou des fusions ultérieurs l’utilisent
    [many] ; { $kept } de contacts qu’il avait créés ont été gardés, car des imports ou des fusions ultérieurs les utilisent
   *[other] ; { $kept } contacts qu’il avait créés ont été gardés, car des imports ou des fusions ultérieurs les utilisent
}.
cli-erase-preview = L’effacement supprimerait { $customers ->
    [one] { $customers } client
    [many] { $customers } de clients
   *[other] { $customers } clients
} ({ $contacts ->
    [one] { $contacts } fiche contact
    [many] { $contacts } de fiches contact
   *[other] { $contacts } fiches contact
}) : leurs noms, adresses, e-mails, téléphones et autres colonnes, { $problems ->
    [one] { $problems } ligne de problème d’import
    [many] { $problems } de lignes de problèmes d’import
   *[other] { $problems } lignes de problèmes d’import
}, { $merges ->
    [one] { $merges } instantané de fusion
    [many] { $merges } d’instantanés de fusion
   *[other] { $merges } instantanés de fusion
}, { $pairs ->
    [one] { $pairs } décision « pas la même personne »
    [many] { $pairs } de décisions « pas la même personne »
   *[other] { $pairs } décisions « pas la même personne »
}, { $consent ->
    [one] { $consent } décision de consentement
    [many] { $consent } de décisions de consentement
   *[other] { $consent } décisions de consentement
}, et leurs valeurs dans { $audit ->
    [one] { $audit } ligne du journal d’audit
    [many] { $audit } de lignes du journal d’audit
   *[other] { $audit } lignes du journal d’audit
}. Leurs ventes ({ $lines ->
    [one] { $lines } ligne de vente
    [many] { $lines } de lignes de vente
   *[other] { $lines } lignes de vente
}) restent, sur des fiches anonymes.
cli-erased = Effacement effectué : { $customers ->
    [one] { $customers } client
    [many] { $customers } de clients
   *[other] { $customers } clients
} ({ $contacts ->
    [one] { $contacts } fiche contact
    [many] { $contacts } de fiches contact
   *[other] { $contacts } fiches contact
}), avec leurs noms, adresses, e-mails, téléphones et autres colonnes, { $problems ->
    [one] { $problems } ligne de problème d’import
    [many] { $problems } de lignes de problèmes d’import
   *[other] { $problems } lignes de problèmes d’import
}, { $merges ->
    [one] { $merges } instantané de fusion
    [many] { $merges } d’instantanés de fusion
   *[other] { $merges } instantanés de fusion
}, { $pairs ->
    [one] { $pairs } décision « pas la même personne »
    [many] { $pairs } de décisions « pas la même personne »
   *[other] { $pairs } décisions « pas la même personne »
}, { $consent ->
    [one] { $consent } décision de consentement
    [many] { $consent } de décisions de consentement
   *[other] { $consent } décisions de consentement
}, et leurs valeurs dans { $audit ->
    [one] { $audit } ligne du journal d’audit
    [many] { $audit } de lignes du journal d’audit
   *[other] { $audit } lignes du journal d’audit
}. Leurs ventes ({ $lines ->
    [one] { $lines } ligne de vente
    [many] { $lines } de lignes de vente
   *[other] { $lines } lignes de vente
}) restent, sur des fiches anonymes.
cli-customer = { $name ->
    [none] client { $id }
   *[other] client { $id } ({ $name })
}
cli-merge-numbers = { $count ->
    [one] Numéro de fusion
    [many] Numéros de fusion
   *[other] Numéros de fusion
} { $numbers } ; pour annuler : clientele unmerge { $undo }
cli-merged-all = { $groups ->
    [one] { $groups } groupe fusionné
    [many] { $groups } de groupes fusionnés
   *[other] { $groups } groupes fusionnés
} au seuil de { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) } : { $absorbed ->
    [one] { $absorbed } client fusionné avec d’autres
    [many] { $absorbed } de clients fusionnés avec d’autres
   *[other] { $absorbed } clients fusionnés avec d’autres
} (voir clientele merges ; clientele unmerge pour annuler).
cli-set-aside = { $orders ->
    [one] { $orders } commande
    [many] { $orders } de commandes
   *[other] { $orders } commandes
} au statut « { $status ->
    [cancelled] annulé
    [failed] échoué
    [pending] en attente
    [refunded] remboursé
    [completed] terminé
   *[other] { $status }
} » ({ $amount }), { $orders ->
    [one] gardée mais pas comptée.
    [many] gardées mais pas comptées.
   *[other] gardées mais pas comptées.
}
basket-rule = Sur 10 commandes avec { $antecedents }, { $per-ten ->
    [one] { $per-ten } contient
    [many] { $per-ten } contiennent
   *[other] { $per-ten } contiennent
} aussi { $consequents }, { NUMBER($lift, minimumFractionDigits: 1, maximumFractionDigits: 1) } fois plus souvent qu’en moyenne ({ $orders ->
    [one] { $orders } commande
    [many] { $orders } de commandes
   *[other] { $orders } commandes
})
cli-feedback-bad-score = « { $value } » { $scale ->
    [nps] n’est pas une note NPS (de 0 à 10)
    [stars] n’est pas une note en étoiles (de 1 à 5)
    [csat] n’est pas une note CSAT (de 1 à 5)
    [thumbs] n’est ni un pouce levé ni un pouce baissé
   *[other] n’est pas une note sur l’échelle { $scale } (de 1 à 5)
}
