## Pourquoi un fichier ne peut pas être lu.

read-io = impossible de lire { $file } : { $reason }
read-empty = { $file } est vide : il n’y a rien à importer
read-empty-sheet = { $file } : la feuille « { $sheet } » est vide : choisissez une autre feuille
read-header-only = { $file } a un en-tête mais aucune ligne
read-damage-not-the-format = son contenu ne respecte pas le format
read-damage-plain-text = il contient du texte brut, pas un classeur ; s’il s’agit d’un export CSV, renommez-le en .csv et importez-le de nouveau
read-unterminated-quote = { $file }, ligne { $row } : une valeur entre guillemets n’est jamais fermée (il manque un ")
read-unknown-encoding = impossible de lire { $file } en « { $label } » : ce n’est pas un encodage de texte connu ; utilisez-en un comme utf-8, windows-1252, iso-8859-15, windows-1251, koi8-r, gbk, gb18030, big5, utf-16le ou utf-16be
read-too-wide = { $file }, ligne { $row } : plus de { $max } colonnes (le maximum d’une feuille de calcul) ; le fichier est peut-être endommagé, ou son séparateur n’est pas celui qui a été détecté
read-header-row-not-found = { $file } n’a aucune ligne remplie à partir de la ligne { $row } : choisissez une ligne d’en-tête plus haut

read-not-a-table = { $file } n’est pas un fichier texte ni un classeur (il ressemble à { $looks ->
    [png] une image PNG
    [jpeg] une image JPEG
    [gif] une image GIF
    [bmp] une image BMP
    [video-or-heic] une vidéo ou une photo HEIC
    [pdf] un document PDF
    [program] un programme
    [windows-program] un programme Windows
    [gzip] une archive gzip
    [rar] une archive RAR
    [seven-z] une archive 7-Zip
    [zip] une archive ZIP
    [sqlite] une base de données SQLite
    [sound-or-video] un fichier audio ou vidéo
    [mp3] un fichier audio MP3
    [rtf] un document RTF (texte enrichi)
    [html] une page web (HTML)
    [word] un document Word
    [powerpoint] une présentation PowerPoint
    [opendocument-text] un texte ou une présentation OpenDocument
    [ebook] un livre numérique
   *[other] des données binaires
}) : exportez les données depuis leur programme en CSV ou Excel et importez ce fichier
read-unsupported = { $file } est { $what ->
    [xlsb] un classeur binaire Excel (.xlsb)
   *[other] une feuille de calcul XML Excel 2003
}, qui ne peut pas être importé : ouvrez-le dans Excel, enregistrez-le comme classeur Excel (.xlsx) et importez cette copie
read-damaged = { $file } : ce fichier est endommagé ou incomplet (son téléchargement n’est peut-être pas terminé), ou ce n’est pas vraiment { $kind ->
    [ods] une feuille de calcul OpenDocument
   *[other] un fichier Excel
} (détails : { $reason })
read-damage-reader = { $detail }
read-damage-ole = { $part ->
    [sector-size] son en-tête (taille de secteur) est endommagé
    [sector-table] sa table des secteurs est endommagée
    [sector-chain-loops] sa table des secteurs est endommagée (une chaîne boucle)
    [small-stream-table] sa table des petits flux est endommagée
    [small-stream-chain-loops] sa table des petits flux est endommagée (une chaîne boucle)
   *[other] son en-tête est endommagé
}
read-protected = { $file } est protégé par un mot de passe : ouvrez-le dans { $kind ->
    [ods] LibreOffice Calc
   *[other] Excel
}, enregistrez-le sans mot de passe et importez cette copie
read-sheet-not-found = { $file } n’a pas de feuille nommée « { $sheet } » ; ses feuilles : { $count ->
    [0] aucune
    [one] { $sheets }
    [many] { $sheets }
   *[other] { $sheets }
}
read-not-a-file = { $file } est { $what ->
    [folder] un dossier
   *[other] un tube, un périphérique ou un socket
}, pas un fichier : choisissez le fichier lui-même (enregistrez d’abord dans un fichier ce qu’un programme envoie)
read-too-large = { $file } : la lecture de ce fichier demanderait plus de { $size } { $unit ->
    [gb] Go
   *[other] Mo
} ; il est peut-être endommagé ou conçu pour nuire. Il n’a pas été importé
