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
campaigns-pdf-page-of = Էջ { $page } / { $pages }

## Արշավների PDF-ների սխալները (campaigns.ftl-ի թարգմանությունները)։

campaign-pdf-channel = { $path }. PDF պատրաստվում է փոստով (պիտակներ, նամակներ) կամ հեռախոսով (զանգերի թերթիկ) արշավների համար, իսկ այս մեկը՝ { $channel } ալիքով. գրեք կոնտակտների ցանկը .csv կամ .xlsx ձևաչափով։
campaign-letter-field = { $path }, տող { $line }. նամակում օգտագործված է {"{"}{ $field }{"}"} դաշտը, որը գոյություն չունի. դաշտերն են՝ { $fields }։
campaign-letter-unreadable = { $path } նամակը հնարավոր չէ կարդալ. { $detail }

## Արշավներ ներդիրը։

campaigns-job = Արշավների չափում
campaigns-job-starting = Սկսվում է
campaigns-creating = Արշավը ստեղծվում է
campaigns-new = Նոր արշավ
campaigns-empty = Դեռ արշավ չկա։ Ընտրեք «Նոր արշավ» վերևում (կամ գործարկեք clientele campaign create). ընտրեք, ում հետ կապվել, և վերահսկիչ խումբը պատահականորեն կառանձնացվի, որպեսզի տեսնեք, թե իրականում ինչ տվեց կապը։
campaigns-about = { $channel } ալիքով՝ { $target }, { $start } – { $end }
campaigns-customers = Հաճախորդներ
campaigns-responders = Արձագանքողներ
campaigns-rate = Արձագանքի տոկոս
campaigns-target-group = Թիրախային խումբ
campaigns-control-group = Վերահսկիչ խումբ
campaigns-uplift = Հավելաճ՝ արձագանքի տոկոսի { $diff } կետ (95% վստահությամբ՝ { $low }-ից մինչև { $high })
campaigns-form-name = Անուն
campaigns-form-name-hint = օր.՝ Գարնանային վերադարձ
campaigns-form-goal = Նպատակ
campaigns-form-target = Ում
campaigns-form-list-hint = օր.՝ At risk
campaigns-form-channel = Ալիք
campaigns-form-control = Վերահսկիչ խումբ
campaigns-form-window = Արձագանքի ժամկետ (օր)
campaigns-form-response = Արձագանք
campaigns-form-response-hint = any, product:ԱՆՈՒՆ, category:ԱՆՈՒՆ կամ revenue
campaigns-form-cost = Մեկ կապի արժեքը
campaigns-form-cost-hint = ըստ ցանկության
campaigns-form-create = Ստեղծել արշավը
campaigns-created = «{ $name }» արշավը ստեղծվեց. կապվելու համար՝ { $target ->
    [one] { $target } հաճախորդ
   *[other] { $target } հաճախորդ
}, վերահսկիչ խմբում՝ { $control }։
campaigns-left-out = Դուրս մնացին. { $no_consent }-ը՝ առանց համաձայնության, { $said_no }-ը՝ հրաժարվել են, { $no_address }-ը՝ առանց այս ալիքի հասցեի։
campaigns-goal-win-back = Վերադարձնել
campaigns-goal-thank = Շնորհակալություն հայտնել
campaigns-goal-cross-sell = Խաչաձև վաճառք
campaigns-goal-announce = Հայտարարել
campaigns-kind-segment = Սեգմենտ
campaigns-kind-saved = Պահված սեգմենտ
campaigns-kind-tier = Արժեքային մակարդակ
campaigns-kind-stage = Կյանքի փուլ
campaigns-kind-predict = Կանխատեսումների ցանկ
campaigns-kind-offer = Ում առաջարկել
