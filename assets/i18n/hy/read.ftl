## Ինչու ֆայլը հնարավոր չէ կարդալ։

read-io = հնարավոր չէ կարդալ { $file } ֆայլը. { $reason }
read-empty = { $file } ֆայլը դատարկ է. ներմուծելու բան չկա
read-empty-sheet = { $file }. «{ $sheet }» թերթը դատարկ է. ընտրեք այլ թերթ
read-header-only = { $file } ֆայլն ունի վերնագրի տող, բայց տողեր չունի
read-damage-not-the-format = դրա բովանդակությունը չի համապատասխանում ձևաչափին
read-damage-plain-text = այն պարունակում է սովորական տեքստ, ոչ թե աշխատագիրք. եթե դա CSV արտահանում է, վերանվանեք այն՝ .csv ընդլայնմամբ, և նորից ներմուծեք
read-unterminated-quote = { $file }, տող { $row }. չակերտներով արժեքը չի փակվում (բացակայում է ")
read-unknown-encoding = հնարավոր չէ կարդալ { $file } ֆայլը «{ $label }» կոդավորմամբ. այդպիսի կոդավորում հայտնի չէ. օգտագործեք, օրինակ, utf-8, windows-1252, iso-8859-15, windows-1251, koi8-r, gbk, gb18030, big5, utf-16le կամ utf-16be
read-too-wide = { $file }, տող { $row }. ավելի քան { $max } սյունակ (աղյուսակում հնարավոր առավելագույնը). ֆայլը կարող է վնասված լինել, կամ դրա բաժանիչն այն չէ, որ հայտնաբերվել է
read-header-row-not-found = { $file } ֆայլում № { $row } տողում և դրանից ներքև ոչինչ չկա. ընտրեք ավելի վերև գտնվող վերնագրի տող

read-not-a-table = { $file } ֆայլը տեքստային կամ աղյուսակային ֆայլ չէ (այն կարծես { $looks ->
    [png] PNG պատկեր է
    [jpeg] JPEG պատկեր է
    [gif] GIF պատկեր է
    [bmp] BMP պատկեր է
    [video-or-heic] տեսանյութ կամ HEIC լուսանկար է
    [pdf] PDF փաստաթուղթ է
    [program] ծրագիր է
    [windows-program] Windows ծրագիր է
    [gzip] gzip արխիվ է
    [rar] RAR արխիվ է
    [seven-z] 7-Zip արխիվ է
    [zip] ZIP արխիվ է
    [sqlite] SQLite տվյալների բազա է
    [sound-or-video] ձայնային կամ տեսաֆայլ է
    [mp3] MP3 ձայնային ֆայլ է
    [rtf] RTF փաստաթուղթ է
    [html] վեբ էջ է (HTML)
    [word] Word փաստաթուղթ է
    [powerpoint] PowerPoint ներկայացում է
    [opendocument-text] OpenDocument տեքստ կամ ներկայացում է
    [ebook] էլեկտրոնային գիրք է
   *[other] երկուական տվյալներ են
}). արտահանեք տվյալները դրա ծրագրից CSV կամ Excel ձևաչափով և ներմուծեք այդ ֆայլը
read-unsupported = { $file } ֆայլը { $what ->
    [xlsb] Excel-ի երկուական աշխատագիրք է (.xlsb)
   *[other] Excel 2003 XML աղյուսակ է
}, որը հնարավոր չէ ներմուծել. բացեք այն Excel-ում, պահպանեք որպես Excel աշխատագիրք (.xlsx) և ներմուծեք այդ պատճենը
read-damaged = { $file }. այս ֆայլը վնասված է կամ թերի (հնարավոր է՝ չի ավարտվել ներբեռնումը), կամ իրականում { $kind ->
    [ods] OpenDocument աղյուսակ
   *[other] Excel ֆայլ
} չէ (մանրամասներ. { $reason })
read-damage-reader = { $detail }
read-damage-ole = դրա { $part ->
    [sector-size] վերնագիրը (սեկտորի չափը)
    [sector-table] սեկտորների աղյուսակը
    [sector-chain-loops] սեկտորների աղյուսակը (շղթան փակ օղակ է կազմում)
    [small-stream-table] փոքր հոսքերի աղյուսակը
    [small-stream-chain-loops] փոքր հոսքերի աղյուսակը (շղթան փակ օղակ է կազմում)
   *[other] վերնագիրը
} վնասված է
read-protected = { $file } ֆայլը պաշտպանված է գաղտնաբառով. բացեք այն { $kind ->
    [ods] LibreOffice Calc
   *[other] Excel
}-ում, պահպանեք առանց գաղտնաբառի և ներմուծեք այդ պատճենը
read-sheet-not-found = { $file } ֆայլում «{ $sheet }» անունով թերթ չկա. { $count ->
    [0] այն ընդհանրապես թերթեր չունի
   *[other] դրա թերթերն են՝ { $sheets }
}
read-not-a-file = { $file } ուղին { $what ->
    [folder] թղթապանակ է
   *[other] խողովակ, սարք կամ սոկետ է
}, ոչ թե ֆայլ. ընտրեք հենց ֆայլը (ծրագրի ուղարկածը նախ պահպանեք ֆայլում)
read-too-large = { $file }. այս ֆայլը կարդալու համար կպահանջվի ավելի քան { $size } { $unit ->
    [gb] ԳԲ
   *[other] ՄԲ
}. այն կարող է վնասված լինել կամ ստեղծված լինել վնաս հասցնելու համար։ Այն չի ներմուծվել
