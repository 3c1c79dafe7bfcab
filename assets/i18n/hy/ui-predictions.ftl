## «Կանխատեսումներ» ներդիրը։

predictions-title = Կանխատեսումներ

## «Կանխատեսումներ» ներդիրի պիտակները, կոճակները և հուշումները։

predictions-predictions = Կանխատեսումներ
predictions-once-your-shop-has-sales = Երբ ձեր խանութում վաճառքներ լինեն, այս էկրանը ցույց կտա, թե որ հաճախորդները հավանաբար նորից կգնեն։
predictions-work-them-out-again = Վերահաշվել
predictions-is-the-model-right-for = Արդյո՞ք մոդելը համապատասխանում է ձեր խանութին
predictions-working-out-the-value-tiers = Արժեքային մակարդակները հաշվարկվում են…
predictions-show-in-customers = Բացել Հաճախորդներում
predictions-open-the-customers-tab-showing = Բացել «Հաճախորդներ» ներդիրը՝ միայն այս հաճախորդներով
predictions-save-as-spreadsheet = Պահպանել աղյուսակով…
predictions-an-excel-workbook-xlsx-or = Excel աշխատագիրք (.xlsx) կամ CSV ֆայլ
predictions-customer = Հաճախորդ
predictions-still-a-customer = Դեռ հաճախո՞րդ է
predictions-value-at-risk = Ռիսկի տակ
predictions-still-a-customer-2 = Դեռ հաճախո՞րդ է
predictions-predicted-against-what-happened = Կանխատեսվածը՝ փաստացիի համեմատ
predictions-not-checked-see-above = Չի ստուգվել (տե՛ս վերևում)։

## «Կանխատեսումներ» ներդիրի ցուցանիշները և ցուցակները։

predictions-job = Կանխատեսումների հաշվարկ
predictions-job-starting = Սկսվում է
# $date՝ վերջին վաճառքի օրը։
predictions-from-sales = Ըստ ձեր վաճառքների՝ մինչև { $date }։
# $days՝ առաջիկա օրերի քանակը. $expected՝ սպասվող հասույթը. $months՝ ամիսների քանակը. $worth՝ որքան արժեն հաճախորդներն այդ ընթացքում։
predictions-revenue = Այս հաճախորդներից սպասվող հասույթը հաջորդ { $days } օրում՝ { $expected }։ Նրանց արժեքը հաջորդ { $months } ամսում՝ { $worth }։
# Նույնը՝ այն միջակայքով, որում ամենայն հավանականությամբ կլինի հասույթը. $low-ից $high։
predictions-revenue-range = Այս հաճախորդներից սպասվող հասույթը հաջորդ { $days } օրում՝ { $expected } (ամենայն հավանականությամբ՝ { $low }-ից մինչև { $high })։ Նրանց արժեքը հաջորդ { $months } ամսում՝ { $worth }։
predictions-worth-saving = Արժե պահել
predictions-worth-saving-explained = Հաճախորդներ, որոնք նախկինում վերադարձել են, բայց այժմ հեռանում են, դասավորված ըստ ռիսկային արժեքի. որքան կարժենան նրանք, եթե մնան, բազմապատկած այն հավանականությամբ, որ նրանք արդեն հեռացել են։
predictions-likely-to-leave = Հավանաբար կհեռանան
predictions-likely-to-leave-explained = Ձեր լավագույն հաճախորդները (A և B արժեքային մակարդակներ), որոնք հավանաբար դադարել են գնել կամ ունեն մի քանի չլուծված բողոք, դասավորված ըստ ռիսկային արժեքի։
# $count՝ հաճախորդներ. $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $amount՝ ռիսկային արժեքը. $months՝ ամիսների քանակը։
predictions-at-risk = { $count ->
        [one] { $shown } հաճախորդ. ռիսկի տակ է { $amount } հաջորդ { $months } ամսում։
       *[other] { $shown } հաճախորդ. ռիսկի տակ է { $amount } հաջորդ { $months } ամսում։
    }
# $days՝ առաջիկա օրերի քանակը։
predictions-buys-in-days = Կգնի { $days } օրում
# $words՝ որքան հավանական է՝ բառերով. $percent՝ հավանականությունը։
predictions-alive = { $words } ({ $percent })
# $rows՝ քանի տող է ցուցադրված. $count՝ քանիսն են ընդհանուր։
predictions-first-rows = Ցուցադրված են առաջին { $rows }-ը. կոճակները վերաբերում են բոլոր { $count }-ին։
predictions-legend-customers = Հաճախորդներ
predictions-by-chance = Հաճախորդներն ըստ դեռ գնելու հավանականության (%)
# $months՝ ամիսների քանակը։
predictions-worth-over = Արժեքը { $months } ամսում
# $amount՝ գումարը, որից բարձր արժեքով հաճախորդները վերջին սյունում են։
predictions-by-value = Հաճախորդներն ըստ արժեքի (վերջին սյունը ներառում է { $amount }-ից բարձր բոլորին)
predictions-legend-happened = Փաստացի
# $days՝ այն օրերը, որոնցով ստուգվել է մոդելը։
predictions-check-explained = Գնումներ մեկ հաճախորդի հաշվով վերջին { $days } օրում՝ ըստ նախորդ գնումների (7՝ 7 և ավելի)
