## Արշավներ. դրանց սխալները, եզրակացությունն այն մասին, թե ինչ տվեց արշավը, ինչ կարող է այն նկատել, և կոնտակտների պատմության տողերը։

campaign-empty-name = Արշավին անուն է պետք։
campaign-name-taken = «{ $name }» անունով արշավ արդեն կա. ընտրեք այլ անուն։
campaign-no-such-campaign = «{ $name }» անունով արշավ չկա (արշավների ցուցակը՝ clientele campaign list)։
campaign-target-unreadable = «{ $target }» թիրախը հնարավոր չէ կարդալ. գրեք ՏԵՍԱԿ:ԱՆՈՒՆ, որտեղ ՏԵՍԱԿ-ը segment, saved, tier, stage, predict կամ offer է (օրինակ՝ segment:At risk)։
# $kind՝ ցուցակի տեսակը (segment, saved, tier, stage, predict, offer). $name՝ անունը։
campaign-no-such-list = «{ $name }» անունով { $kind ->
        [segment] սեգմենտ
        [saved] պահված սեգմենտ
        [tier] մակարդակ
        [stage] կյանքի փուլ
        [predict] կանխատեսումների ցուցակ
        [offer] առաջարկ
       *[other] { $kind }
    } չկա (սեգմենտներ՝ clientele segments. պահված սեգմենտներ՝ clientele segment list. predict՝ worth-saving կամ likely-to-leave. offer՝ ապրանք, որն առաջարկում է clientele recommend հրամանը)։
campaign-empty-target = «{ $target }» թիրախում այսօր ոչ մի հաճախորդ չկա. արշավ չի ստեղծվել։
campaign-nobody-to-contact = Թիրախի ոչ մի հաճախորդ չի համաձայնել, որ իր հետ կապվեն այս ալիքով, և չունի դրա համար հասցե. արշավ չի ստեղծվել։
campaign-control-share = Վերահսկիչ խմբի { $share } բաժինը պետք է լինի 0-ի և 1-ի միջև՝ առանց դրանց (0.1-ն առանձնացնում է 10%-ը)։
campaign-window-days = Արձագանքի { $days } օրվա ժամկետը պետք է լինի 1-ից մինչև 366 օր։
campaign-response-unreadable = Արձագանքի «{ $response }» սահմանումը հնարավոր չէ կարդալ. օգտագործեք any, product:ԱՆՈՒՆ, category:ԱՆՈՒՆ կամ revenue։
campaign-goal-unknown = «{ $goal }» նպատակը հայտնի չէ. օգտագործեք win-back, thank, cross-sell կամ announce։
campaign-channel-unknown = «{ $channel }» ալիքը հայտնի չէ. օգտագործեք email, sms, post կամ phone։
campaign-cost = Մեկ կապի { $cost } արժեքը պետք է լինի զրո կամ ավելի մեծ թիվ։
campaign-rule = Կանոնը հնարավոր չէ կարդալ. { $detail }
campaign-as-of-before-start = { $as-of } ամսաթիվն արշավի սկզբից ({ $start }) առաջ է. չափելու դեռ ոչինչ չկա։
campaign-verdict-worked = Արշավն արդյունք տվեց. գնողները { $extra } հաճախորդով ավելի են, քան կլինեին առանց կապի ({ $low }-ից մինչև { $high }, 95% վստահությամբ)։
campaign-verdict-no-evidence-yet = Ապացույցները դեռ բավարար չեն. տարբերությունը կարող է պատահական լինել։ Սպասեք արձագանքի ժամկետի ավարտին կամ հաջորդ անգամ վերցրեք ավելի մեծ խումբ։
campaign-verdict-no-evidence = Ապացույցները բավարար չեն. տարբերությունը կարող է պատահական լինել։ Հաջորդ անգամ վերցրեք ավելի մեծ խումբ։
campaign-verdict-no-change = Վերահսկիչ խումբը գնեց նույնքան, որքան թիրախը. այս արշավը վարքագիծը չփոխեց։
campaign-verdict-nothing-to-compare = Համեմատելու բան չկա. թիրախում կամ վերահսկիչ խմբում հաճախորդ չկա։
campaign-detectable-shop-rate = { $customers } հաճախորդի և { $share }% վերահսկիչ խմբի դեպքում արձագանքի տոկոսի { NUMBER($points, minimumFractionDigits: 1, maximumFractionDigits: 1) } կետ կամ ավելի հավելաճը տեսանելի կլինի, իսկ ավելի փոքրը՝ ոչ (ենթադրելով, որ { NUMBER($base, minimumFractionDigits: 1, maximumFractionDigits: 1) }%-ն առանց այդ էլ կարձագանքի. դա խանութի վերջին կրկնակի գնումների տոկոսն է)։
campaign-detectable-default-rate = { $customers } հաճախորդի և { $share }% վերահսկիչ խմբի դեպքում արձագանքի տոկոսի { NUMBER($points, minimumFractionDigits: 1, maximumFractionDigits: 1) } կետ կամ ավելի հավելաճը տեսանելի կլինի, իսկ ավելի փոքրը՝ ոչ (ենթադրելով, որ { NUMBER($base, minimumFractionDigits: 1, maximumFractionDigits: 1) }%-ն առանց այդ էլ կարձագանքի. խանութի սեփական տոկոսը հայտնի չէ)։
campaign-channel-email = էլ. փոստ
campaign-channel-sms = SMS
campaign-channel-post = փոստ
campaign-channel-phone = հեռախոս
campaign-included = Ներառվել է «{ $campaign }» արշավում ({ $channel }), { $date }
campaign-created = Ստեղծվեց «{ $name }» արշավը. կապվելու համար՝ { $target } հաճախորդ (ալիքը՝ { $channel }), վերահսկիչ խմբում՝ { $control } (seed՝ { $seed })։
campaign-left-out = Թիրախից դուրս մնացին. { $no-consent } հաճախորդ՝ առանց այս ալիքով համաձայնության, { $said-no }՝ հրաժարվածներ, { $no-address }՝ առանց այս ալիքի հասցեի։
campaign-left-out-no-consent = այս ալիքով համաձայնություն չկա
campaign-left-out-said-no = հրաժարվել է այս ալիքով
campaign-left-out-no-address = այս ալիքի հասցե չկա
