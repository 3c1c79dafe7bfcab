# The Import tab's words that had no message of their own.
import-words-file-holds = Le fichier contient :
import-words-read-as-feedback = Le lire comme des avis (enquêtes, avis, réclamations)
import-words-keep-as-extra = Garder en complément
import-words-preview = Les { $rows } premières lignes telles qu'elles seront lues. Choisissez au-dessus de chaque colonne ce qu'elle contient ; les colonnes gardées en complément sont enregistrées avec chaque fiche, rien n'est perdu.
