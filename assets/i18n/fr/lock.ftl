## Verrouiller le fichier par une phrase secrète : ce que disent la bibliothèque et la ligne de commande.

lock-locked = { $path } est verrouillé par une phrase secrète (ou n’est pas du tout une base Clientele) : donnez-la pour l’ouvrir (en ligne de commande, --passphrase-file FICHIER ou la variable d’environnement CLIENTELE_PASSPHRASE). Rien n’a été modifié.
lock-wrong-passphrase = Cette phrase secrète n’ouvre pas ce fichier : { $path }. Rien n’a été modifié.
lock-not-locked = { $path } n’est pas verrouillé par une phrase secrète : ouvrez-le sans phrase (clientele lock le verrouille). Rien n’a été modifié.
lock-cli-cannot-read = impossible de lire le fichier de la phrase secrète { $path } : { $reason }
lock-cli-empty-file = le fichier de la phrase secrète { $path } est vide
lock-cli-empty-variable = la variable d’environnement CLIENTELE_PASSPHRASE est vide
lock-cli-no-passphrase = donnez la phrase secrète avec --passphrase-file FICHIER ou la variable d’environnement CLIENTELE_PASSPHRASE
lock-cli-backup = Sauvegarde faite avant : { $path }
lock-cli-locked = { $path } est maintenant verrouillé par la phrase secrète. Gardez-la en lieu sûr : une phrase perdue ne se retrouve pas, et rien n’ouvre le fichier sans elle.
lock-cli-unlocked = { $path } n’est plus verrouillé : quiconque peut lire le fichier peut lire les données de la boutique.
lock-cli-rekeyed = La phrase secrète de { $path } a été changée.
lock-cli-copies = { $count ->
    [one] Une copie de sauvegarde a été changée avec lui.
    [many] { $count } copies de sauvegarde ont été changées avec lui.
   *[other] { $count } copies de sauvegarde ont été changées avec lui.
}
lock-cli-left = Cette copie de sauvegarde ne s’ouvre pas avec l’ancienne phrase secrète ; elle est restée telle quelle : { $path }
lock-done-locked = Le fichier de la boutique est maintenant verrouillé par la phrase secrète, ainsi que ses copies de sauvegarde.
lock-done-changed = La phrase secrète a été changée, pour le fichier et ses copies de sauvegarde.
lock-done-removed = La phrase secrète a été retirée : le fichier et ses copies de sauvegarde s’ouvrent sans elle.
