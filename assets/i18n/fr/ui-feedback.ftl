## L’onglet Import : le type de fichier, à côté de Contacts et Ventes.
import-kind-feedback = Avis

## L’onglet Avis.
feedback-title = Avis
