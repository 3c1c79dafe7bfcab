# « Ce résultat est-il fiable ? » dans l’onglet des doublons : les prénoms que les fiches de
# la boutique écrivent l’un pour l’autre (Vika pour Viktoriia), comptés comme un seul prénom.
dupdiag-forms = Paires de prénoms que vos fiches écrivent l’un pour l’autre, comptés comme un seul : { $count }
dupdiag-forms-pair = { $first } / { $second }
dupdiag-forms-more = {" "}et { $count } de plus
dedup-first-name-other-form = prénom sous une autre forme
dupdiag-level-other-form = autre forme
