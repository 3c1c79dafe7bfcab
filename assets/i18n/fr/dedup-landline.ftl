dedup-phone-fixed-line = même téléphone fixe
dupdiag-level-same-fixed-line = identique (fixe)
