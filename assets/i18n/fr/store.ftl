## La base de données, et ce qu'elle refuse.

store-not-clientele = { $path } n’est pas une base de données Clientele ({ $reason }). Le fichier n’a pas été modifié ; choisissez un autre fichier ou un nouveau nom de fichier.
store-too-new = { $path } a été enregistré par une version plus récente de Clientele (format de données { $found } ; cette version lit jusqu’au format { $supported }). Installez la nouvelle version de Clientele pour l’ouvrir ; le fichier n’a pas été modifié.
store-busy = la base de données { $path } est occupée : une autre fenêtre ou un autre programme Clientele est en train d’y écrire. Attendez la fin et réessayez.
store-read-only = impossible d’écrire dans la base de données { $path } : le fichier ou son dossier est en lecture seule. Vérifiez les droits du fichier, ou copiez-le dans un de vos dossiers et ouvrez la copie ; rien n’a été modifié.
store-damaged = la base de données { $path } est endommagée et ne peut pas être lue de façon fiable : restaurez une copie de sauvegarde (le fichier a été laissé tel quel).
store-disk-full = le disque qui contient { $path } est plein : libérez de la place et réessayez ; rien n’a été modifié.
store-cannot-open = impossible d’ouvrir la base de données { $path } : { $reason }
store-cancelled = annulé ; rien n’a été modifié
store-sqlite = erreur de la base de données : { $detail }
store-sqlite-read-only = erreur de la base de données : le fichier de la base ou son dossier est en lecture seule : vérifiez ses droits, ou copiez-le dans un de vos dossiers ; rien n’a été modifié
store-sqlite-damaged = erreur de la base de données : le fichier de la base est endommagé : restaurez une copie de sauvegarde
store-sqlite-disk-full = erreur de la base de données : le disque est plein : libérez de la place et réessayez ; rien n’a été modifié
store-not-sqlite = ce n’est pas du tout une base de données SQLite
store-other-program = c’est une base de données SQLite créée par un autre programme
store-open-folder = c’est un dossier, pas un fichier
store-json = impossible de lire des données enregistrées : { $detail }
refused-no-import = il n’y a pas d’import n° { $id } (clientele imports en donne la liste)
refused-import-undone = l’import { $id } a déjà été annulé le { $at }
refused-not-a-date = « { $value } » n’est pas une date : écrivez-la sous la forme année-mois-jour, par exemple 1985-04-23
refused-not-an-email = « { $value } » n’est pas une adresse e-mail : il manque le @
refused-sale-without-contact = la ligne de vente { $line } renvoie au contact { $index } d’un lot de { $contacts }
refused-no-customer = il n’y a pas de client n° { $id }
refused-no-feedback = il n’y a pas d’avis n° { $id }
refused-segment-without-name = un segment enregistré doit avoir un nom
refused-no-saved-segment = aucun segment enregistré ne s’appelle « { $name } »
refused-no-merge-given = aucune fusion à annuler n’a été indiquée
refused-no-merge = il n’y a pas de fusion n° { $id } (clientele merges en donne la liste)
refused-merge-undone = la fusion { $id } a déjà été annulée le { $at }
refused-same-person = le client { $id } ne peut pas être une personne différente de lui-même
refused-erased = le client { $id } a été effacé le { $at } et ne peut pas être fusionné
refused-unknown-merge-field = une fusion enregistrée cite un champ inconnu « { $column } »
refused-nothing-to-merge = aucun client à fusionner avec le client { $id } n’a été indiqué
refused-into-itself = le client { $id } ne peut pas être fusionné avec lui-même
refused-listed-twice = le client { $id } apparaît deux fois
refused-undo-later-first = la fusion { $id } ne peut pas être annulée avant la fusion { $later }, qui a ensuite fusionné son client { $survivor } avec le client { $root } : annulez d’abord la fusion { $later }, ou les deux ensemble (clientele unmerge { $together })
refused-survivor-merged = la fusion { $id } ne peut pas être annulée tant que le client { $survivor } est fusionné avec le client { $root }
refused-too-large-sum = le total des montants dépasse ce que Clientele peut contenir (environ 92 000 000 000 000 000) ; un montant du fichier est beaucoup trop grand. Rien n’a été modifié.
settings-unknown-locale = « { $locale } » ne fait pas partie des paramètres régionaux connus de Clientele ; choisissez parmi { $known }.
settings-not-a-currency = « { $currency } » n’est pas un code de devise ; utilisez trois lettres, comme EUR, USD ou GBP.
settings-not-a-country = « { $country } » n’est pas un code de pays ; utilisez deux lettres, comme FR, BE ou CH.
settings-shop-name-too-long = { $max ->
    [one] Le nom de la boutique dépasse { $max } caractère.
    [many] Le nom de la boutique dépasse { $max } de caractères.
   *[other] Le nom de la boutique dépasse { $max } caractères.
}
refused-in-plan = fusion { $index } sur { $of } (client { $survivor }) : { $cause } ; rien n’a été fusionné

refused-already-merged = le client { $id } a déjà été fusionné avec le client { $root }{ $merge ->
    [none] {""}
   *[other] {" "}par la fusion { $merge }
} ; fusionnez plutôt avec { $root }
