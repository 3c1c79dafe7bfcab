## La fenêtre de démarrage d’un fichier verrouillé, et la phrase secrète dans Réglages de la boutique.

lock-ui-title = Le fichier de cette boutique est verrouillé
lock-ui-prompt = { $path } est verrouillé par une phrase secrète. Tapez-la pour ouvrir la boutique.
lock-ui-passphrase = Phrase secrète
lock-ui-open = Ouvrir
lock-ui-cancel = Annuler
lock-ui-checking = Vérification de la phrase secrète…
lock-ui-wrong = Cette phrase secrète n’ouvre pas ce fichier. Réessayez.
lock-ui-failed = La phrase secrète n’a pas pu être vérifiée. Réessayez.
lock-ui-lost = Une phrase secrète perdue ne se retrouve pas : rien n’ouvre le fichier sans elle.
lock-ui-section = Phrase secrète
lock-ui-is-locked = Le fichier est verrouillé par une phrase secrète, ses copies de sauvegarde aussi.
lock-ui-is-plain = Le fichier n’est pas verrouillé : quiconque peut le lire peut lire les données de la boutique.
lock-ui-lock = Verrouiller par une phrase secrète…
lock-ui-change = Changer la phrase secrète…
lock-ui-remove = Retirer la phrase secrète…
lock-ui-current = Phrase secrète actuelle
lock-ui-new = Nouvelle phrase secrète
lock-ui-again = Nouvelle phrase secrète, à nouveau
lock-ui-differ = Les deux nouvelles phrases secrètes diffèrent.
lock-ui-remove-warning = Sans phrase secrète, quiconque peut lire le fichier ou une copie de sauvegarde peut lire les données de la boutique.
lock-ui-do-lock = Verrouiller
lock-ui-do-change = Changer
lock-ui-do-remove = Retirer
