## Արշավներ ներդիրը և արշավների PDF-ների բառերը։

campaigns-title = Արշավներ

## Հեռախոսային արշավի զանգերի թերթիկը։

campaigns-pdf-call-sheet = Զանգերի թերթիկ՝ { $name }
campaigns-pdf-phone = Հեռախոս
campaigns-pdf-segment = Սեգմենտ
campaigns-pdf-last-purchase = Վերջին գնում
campaigns-pdf-suggested = Առաջարկել
campaigns-pdf-reached = Կապ հաստատվեց
campaigns-pdf-not-reached = Կապ չհաստատվեց
campaigns-pdf-call-back = Հետ զանգել
campaigns-pdf-notes = Նշումներ
campaigns-pdf-page-of = Էջ { $page }՝ { $pages }-ից

## Արշավների PDF-ների սխալները (campaigns.ftl-ի թարգմանությունները)։

campaign-pdf-channel = { $path }. PDF պատրաստվում է փոստով (պիտակներ, նամակներ) կամ հեռախոսով (զանգերի թերթիկ) արշավների համար, իսկ այս մեկը՝ { $channel } ալիքով. գրեք կոնտակտների ցանկը .csv կամ .xlsx ձևաչափով։
campaign-letter-field = { $path }, տող { $line }. նամակում օգտագործված է {"{"}{ $field }{"}"} դաշտը, որը գոյություն չունի. դաշտերն են՝ { $fields }։
campaign-letter-unreadable = { $path } նամակը հնարավոր չէ կարդալ. { $detail }
