# Effacer les personnes d’un import entier, la règle de conservation « aucune commande depuis N ans » et restaurer une sauvegarde, dans la fenêtre.

# L’historique de l’onglet Import : le menu d’un import.
privacy3-import-menu-hover = Plus pour cet import
privacy3-import-erase = Effacer les personnes de cet import…
privacy3-import-erase-hover = Effacer pour de bon les clients dont une fiche vient de cet import : montre ce qui part et demande d’abord
# $batch : le numéro de l’import.
privacy3-erase-batch-title = Effacer les personnes de l’import n° { $batch } ?
# $years : les années sans commande ; $day : le jour depuis lequel ils n’ont pas commandé.
privacy3-erase-inactive-title = { $years ->
        [one] Effacer les clients sans commande depuis { $years } an (aucune depuis le { $day }) ?
        [many] Effacer les clients sans commande depuis { $years } d’ans (aucune depuis le { $day }) ?
       *[other] Effacer les clients sans commande depuis { $years } ans (aucune depuis le { $day }) ?
    }
privacy3-erase-nobody = Aucun client à effacer : plus personne n’est concerné.
# $count : combien de clients ; $shown : le même nombre tel qu’écrit à l’écran.
privacy3-erase-yes = { $count ->
        [one] Effacer { $shown } client pour de bon
        [many] Effacer { $shown } de clients pour de bon
       *[other] Effacer { $shown } clients pour de bon
    }
privacy3-erase-job = { $count ->
        [one] Effacement de { $shown } client
        [many] Effacement de { $shown } de clients
       *[other] Effacement de { $shown } clients
    }
privacy3-close = Fermer

# Paramètres de la boutique : conservation des données.
privacy3-keeping-heading = Conservation des données
privacy3-keeping-intro = Effacer les clients qui n’ont pas commandé depuis longtemps. Leurs ventes restent, sur des fiches anonymes : aucun total ne change.
privacy3-keeping-rule = Clients sans commande depuis
# Après le nombre d’années choisi.
privacy3-keeping-years = { $years ->
        [one] an
        [many] d’ans
       *[other] ans
    }
# $day : le premier jour où une commande garde un client.
privacy3-keeping-nobody = Tous les clients ont commandé depuis le { $day } : personne à effacer.
privacy3-keeping-count = { $count ->
        [one] { $shown } client n’a pas commandé depuis le { $day } :
        [many] { $shown } de clients n’ont pas commandé depuis le { $day } :
       *[other] { $shown } clients n’ont pas commandé depuis le { $day } :
    }
privacy3-keeping-more = { $count ->
        [one] et { $shown } autre
        [many] et { $shown } d’autres
       *[other] et { $shown } autres
    }
privacy3-keeping-last = dernière commande le { $day }
privacy3-keeping-no-order = aucune commande
privacy3-keeping-erase = Les effacer…
privacy3-keeping-erase-hover = Montre ce qui part et demande d’abord
# La section Sauvegardes.
privacy3-backups-folder = Les copies sont conservées dans { $path } : une par jour à l’ouverture de la fenêtre, et une avant chaque import, fusion globale, effacement et restauration (7 copies quotidiennes et 4 hebdomadaires sont gardées).
privacy3-restore-button = Restaurer…
privacy3-restore-hover = Montre ce que contient cette copie et demande d’abord

# La question avant une restauration. $name : le nom du fichier de la copie.
privacy3-restore-title = Restaurer la copie { $name } ?
privacy3-restore-made = Copie faite le { $day }.
privacy3-restore-in-copy = Dans la copie
privacy3-restore-now = Maintenant
privacy3-restore-customers = Clients
privacy3-restore-lines = Lignes de vente
privacy3-restore-first = Première vente
privacy3-restore-last = Dernière vente
privacy3-restore-before = D’abord, une sauvegarde de la base telle qu’elle est maintenant est faite dans le dossier des sauvegardes : c’est le chemin du retour.
privacy3-restore-erased = Les clients effacés depuis cette copie restent effacés.
privacy3-restore-warning = Tout ce que contient la base maintenant est remplacé par la copie. C’est irréversible, sauf en restaurant cette sauvegarde.
privacy3-restore-yes = Restaurer cette copie
privacy3-restore-job = Restauration d’une sauvegarde
privacy3-restore-stage = Mise en place de la copie
# Après une restauration. $before : la sauvegarde faite d’abord ; $erased : clients effacés à nouveau.
privacy3-restored = Copie restaurée. La base d’avant est dans la sauvegarde { $before }. { $erased ->
        [0] {""}
        [one] { $erased } client effacé a été effacé à nouveau.
        [many] { $erased } de clients effacés ont été effacés à nouveau.
       *[other] { $erased } clients effacés ont été effacés à nouveau.
    }
privacy3-restored-nothing-kept = Copie restaurée. La base était vide : aucune sauvegarde n’en a été faite. { $erased ->
        [0] {""}
        [one] { $erased } client effacé a été effacé à nouveau.
        [many] { $erased } de clients effacés ont été effacés à nouveau.
       *[other] { $erased } clients effacés ont été effacés à nouveau.
    }
