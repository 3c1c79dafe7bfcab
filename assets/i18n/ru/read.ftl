## Почему не удаётся прочитать файл.

read-io = не удалось прочитать { $file }: { $reason }
read-empty = файл { $file } пуст: импортировать нечего
read-empty-sheet = { $file }: лист «{ $sheet }» пуст: выберите другой лист
read-header-only = в файле { $file } есть заголовок, но нет строк
read-damage-not-the-format = содержимое не соответствует формату
read-damage-plain-text = в нём обычный текст, а не книга Excel; если это выгрузка в CSV, переименуйте файл в .csv и импортируйте снова
read-unterminated-quote = { $file }, строка { $row }: значение в кавычках не закрыто (не хватает ")
read-unknown-encoding = не удалось прочитать { $file } в кодировке «{ $label }»: такая кодировка неизвестна; укажите, например, utf-8, windows-1252, iso-8859-15, windows-1251, koi8-r, gbk, gb18030, big5, utf-16le или utf-16be
read-too-wide = { $file }, строка { $row }: больше { $max ->
    [one] { $max } столбца
   *[other] { $max } столбцов
} (это предел для электронной таблицы); файл может быть повреждён, или в нём другой разделитель, а не тот, что был определён
read-header-row-not-found = в файле { $file } нет непустых строк начиная со строки { $row }: выберите строку заголовка выше

read-not-a-table = { $file } — не текстовый файл и не электронная таблица (похоже, это { $looks ->
    [png] изображение PNG
    [jpeg] изображение JPEG
    [gif] изображение GIF
    [bmp] изображение BMP
    [video-or-heic] видео или фото HEIC
    [pdf] документ PDF
    [program] программа
    [windows-program] программа для Windows
    [gzip] архив gzip
    [rar] архив RAR
    [seven-z] архив 7-Zip
    [zip] архив ZIP
    [sqlite] база данных SQLite
    [sound-or-video] аудио- или видеофайл
    [mp3] аудиофайл MP3
    [rtf] документ RTF (форматированный текст)
    [html] веб-страница (HTML)
    [word] документ Word
    [powerpoint] презентация PowerPoint
    [opendocument-text] текст или презентация OpenDocument
    [ebook] электронная книга
   *[other] двоичные данные
}): выгрузите данные из той программы в CSV или Excel и импортируйте этот файл
read-unsupported = { $file } — { $what ->
    [xlsb] двоичная книга Excel (.xlsb)
   *[other] таблица Excel 2003 XML
}, такой файл нельзя импортировать: откройте его в Excel, сохраните как книгу Excel (.xlsx) и импортируйте эту копию
read-damaged = { $file }: файл повреждён или не докачан до конца, либо это на самом деле не { $kind ->
    [ods] таблица OpenDocument
   *[other] файл Excel
} (подробности: { $reason })
read-damage-reader = { $detail }
read-damage-ole = { $part ->
    [sector-size] повреждён заголовок (размер сектора)
    [sector-table] повреждена таблица секторов
    [sector-chain-loops] повреждена таблица секторов (цепочка зациклена)
    [small-stream-table] повреждена таблица малых потоков
    [small-stream-chain-loops] повреждена таблица малых потоков (цепочка зациклена)
   *[other] повреждён заголовок
}
read-protected = файл { $file } защищён паролем: откройте его в { $kind ->
    [ods] LibreOffice Calc
   *[other] Excel
}, сохраните без пароля и импортируйте эту копию
read-sheet-not-found = в файле { $file } нет листа «{ $sheet }»: { $count ->
    [0] листов в нём нет
   *[other] его листы: { $sheets }
}
read-not-a-file = { $file } — { $what ->
    [folder] папка
   *[other] канал, устройство или сокет
}, а не файл: выберите сам файл (то, что передаёт программа, сначала сохраните в файл)
read-too-large = { $file }: чтобы прочитать этот файл, понадобится больше { $size } { $unit ->
    [gb] ГБ
   *[other] МБ
}; возможно, он повреждён или создан со злым умыслом. Файл не импортирован
