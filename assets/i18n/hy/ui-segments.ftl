## «Սեգմենտներ» ներդիրը։

segments-title = Սեգմենտներ

## «Սեգմենտներ» ներդիրի պիտակները, կոճակները և հուշումները։

segments-segments = Սեգմենտներ
segments-how-recently-and-how-often = Որքան վերջերս և որքան հաճախ են գնում ձեր հաճախորդները
segments-value-tiers = Արժեքային մակարդակներ
segments-lifecycle = Կյանքի փուլեր
segments-show-these-customers = Ցույց տալ այս հաճախորդներին
segments-customers = Հաճախորդներ…
segments-movement-between-segments = Տեղաշարժ սեգմենտների միջև
segments-compared-with = Համեմատած
segments-30-days-earlier = 30 օր առաջվա հետ
segments-then-now = նախկինում \ հիմա
segments-saved-segments = Պահված սեգմենտներ
segments-edit = Խմբագրել
segments-delete = Ջնջել
segments-no-saved-segments-yet-build = Պահված սեգմենտներ դեռ չկան։ Ստեղծեք այն ստորև՝ ձեր հաճախորդների համար պայմաններ սահմանելով։
segments-new-segment = Նոր սեգմենտ…
segments-name = Անուն
segments-e-g-lyon-regulars = օր.՝ Գյումրու մշտական հաճախորդներ
segments-customers-who-match = Հաճախորդներ, որոնք համապատասխանում են
segments-remove-group = Հեռացնել խումբը
segments-remove-this-condition = Հեռացնել այս պայմանը
segments-condition = + պայման
segments-group = + խումբ
segments-save-segment = Պահպանել սեգմենտը
segments-give-the-segment-a-name = Տվեք սեգմենտին անուն և ճիշտ կանոն
segments-close = Փակել
segments-close-the-list = Փակել ցուցակը
segments-show-in-customers = Բացել Հաճախորդներում
segments-open-the-customers-tab-showing = Բացել «Հաճախորդներ» ներդիրը՝ միայն այս հաճախորդներով
segments-save-as-spreadsheet = Պահպանել աղյուսակով…
segments-an-excel-workbook-xlsx-or = Excel աշխատագիրք (.xlsx) կամ CSV ֆայլ
segments-customer = Հաճախորդ
segments-orders = Պատվերներ
segments-spent = Ծախս
segments-last-order = Վերջին պատվեր
segments-never = երբեք

## «Սեգմենտներ» ներդիրի ցանցը. որքան վերջերս և որքան հաճախ են գնում հաճախորդները։

segments-key-narrow = Որքան վերջերս ↓
    որքան հաճախ →
segments-key = Որքան վերջերս ↓ / որքան հաճախ →
segments-recency-1 = 1 · ամենավաղուց
segments-recency-5 = 5 · ամենավերջերս
segments-recency-1-narrow = 1
    ամենավաղուց
segments-recency-5-narrow = 5
    ամենավերջերս
segments-frequency-1 = 1 · ամենաքիչ
segments-frequency-5 = 5 · ամենաշատ
# $percent՝ հաճախորդների այն բաժինը, որից լավ է 5 միավորը։
segments-grid-explained = Տողեր. որքան վերջերս են վերջին անգամ գնել։ Սյունակներ. որքան հաճախ են գնել։ 5 միավորը նշանակում է, որ հաճախորդն ավելի լավն է, քան ձեր հաճախորդների առնվազն { $percent }-ը. նույն ցուցանիշով հաճախորդները ստանում են նույն միավորը։ Յուրաքանչյուր բջիջում երևում են դրա հաճախորդները, նրանց հասույթը և սեգմենտը. սեղմեք բջիջի վրա՝ ցուցակը տեսնելու համար։
# $count՝ հաճախորդներ. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
segments-customers-count = { $count ->
        [one] { $shown } հաճախորդ
       *[other] { $shown } հաճախորդ
    }
# Ցանցի բջիջ. $customers՝ քանի հաճախորդ՝ բառերով. $revenue՝ նրանց հասույթը. $segment՝ սեգմենտի անունը։
segments-cell = { $customers }
    { $revenue }
    { $segment }
# Բջիջի հուշումը. $r և $f՝ միավորները. $segment՝ սեգմենտի անունը. $customers՝ քանի հաճախորդ՝ բառերով. $revenue՝ նրանց հասույթը. $share՝ նրանց բաժինը հասույթում. $meaning՝ ինչ է նշանակում սեգմենտը։
segments-cell-tip = Որքան վերջերս՝ { $r }, որքան հաճախ՝ { $f }. { $segment }
    { $customers }, { $revenue } (հասույթի { $share }-ը)
    { $meaning }
# Բջիջի հաճախորդների ցուցակի վերնագիրը։
segments-cell-list = Որքան վերջերս՝ { $r }, որքան հաճախ՝ { $f } ({ $segment })
# $column՝ դատարկ սյունակի համարը։
segments-column-empty = № { $column } սյունակը դատարկ է
# $columns՝ դատարկ սյունակները, բացի վերջինից. $last՝ վերջինը։
segments-columns-empty = № { $columns } և { $last } սյունակները դատարկ են
# $columns՝ որ սյունակներն են դատարկ (վերևի նախադասությունը). $share՝ մեկ անգամ գնած հաճախորդների բաժինը. $count՝ քանի սյունակ է դատարկ։
segments-empty-columns-why = { $count ->
        [one] { $columns }. նույնքան պատվեր ունեցող հաճախորդները ստանում են նույն միավորը, իսկ ձեր հաճախորդների { $share }-ը գնել է մեկ անգամ, ուստի միավորները շրջանցում են այն։
       *[other] { $columns }. նույնքան պատվեր ունեցող հաճախորդները ստանում են նույն միավորը, իսկ ձեր հաճախորդների { $share }-ը գնել է մեկ անգամ, ուստի միավորները շրջանցում են դրանք։
    }

## «Սեգմենտներ» ներդիրի արժեքային մակարդակները և կյանքի փուլերը։

# $tier՝ մակարդակի տառը։
segments-tier = { $tier } մակարդակ
# $meaning՝ ինչ է մակարդակը։
segments-tier-tip = { $meaning }
    Ցույց տալ այս հաճախորդներին
# $share՝ տոկոս։
segments-revenue-share = հասույթի { $share }-ը
# $band՝ հասույթի այն բաժինը, որը կազմում է A մակարդակը. $a_share՝ A մակարդակի հաճախորդների բաժինը. $top՝ 20 %՝ ինչպես գրված է էկրանին. $top_share՝ հասույթի այն բաժինը, որը նրանք բերում են։
segments-tier-sentence = A մակարդակը ձեր լավագույն հաճախորդներն են՝ վերցված այնքան, մինչև կազմեն հասույթի { $band }-ը. այստեղ դա ձեր հաճախորդների լավագույն { $a_share }-ն է։ Միայն լավագույն { $top }-ը բերում է հասույթի { $top_share }-ը։
# $gap, $active, $risk՝ օրերի քանակ։
segments-lifecycle-explained = Ձեր հաճախորդները սովորաբար վերադառնում են { $gap } օրը մեկ։ Նոր՝ առաջին պատվերը վերջին 90 օրում. ակտիվ՝ վերջին պատվերը վերջին { $active } օրում. ռիսկի գոտում՝ վերջին { $risk } օրում. հեռացած՝ ավելի վաղ։
segments-stage-new = Նոր
segments-stage-active = Ակտիվ
segments-stage-at-risk = Ռիսկի գոտում
segments-stage-lapsed = Հեռացած
# $stage՝ կյանքի փուլ։
segments-lifecycle-list = Կյանքի փուլ. { $stage }
# $segment՝ սեգմենտի անունը։
segments-segment-list = Սեգմենտ. { $segment }
# $customers՝ քանի հաճախորդ՝ բառերով. $share՝ նրանց բաժինը հասույթում՝ բառերով։
segments-card-figures = { $customers } · { $share }

## «Սեգմենտներ» ներդիրի տեղաշարժը սեգմենտների միջև։

segments-compare = Համեմատել
segments-before-hint = գրեք դրության ամսաթվից առաջ ընկած ամսաթիվ, օրինակ՝ 2025-05-31
# $before, $after՝ երկու օր։
segments-movement-explained = Որտեղ են { $before } դրությամբ հաճախորդները { $after } դրությամբ։ Տողեր. նախկին սեգմենտը. սյունակներ. ներկա սեգմենտը։
# $count՝ հաճախորդներ. $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $from, $to՝ սեգմենտներ։
segments-moved = { $count ->
        [one] • { $shown } հաճախորդ անցել է. { $from } → { $to }։
       *[other] • { $shown } հաճախորդ անցել է. { $from } → { $to }։
    }
segments-no-order-yet = Դեռ պատվեր չկա
segments-no-order-yet-lower = դեռ պատվեր չկա
# $from, $to՝ սեգմենտներ։
segments-move = { $from } → { $to }
# $change՝ տեղաշարժ սեգմենտների միջև։
segments-move-tip = { $change }. ցույց տալ այս հաճախորդներին

## «Սեգմենտներ» ներդիրի պահված սեգմենտները և դրանց խմբագրիչը։

# $name՝ պահված սեգմենտի անունը։
segments-saved-list = Պահված սեգմենտ. { $name }
segments-any-group = ցանկացած խմբի
segments-every-group = բոլոր խմբերին
# $number՝ խմբի համարը։
segments-group-number = Խումբ { $number }.
segments-any-of-these = սրանցից որևէ մեկին
segments-all-of-these = սրանց բոլորին
# $count՝ հաճախորդներ. $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $date՝ օր։
segments-match-as-of = { $count ->
        [one] { $date } դրությամբ համապատասխանում է { $shown } հաճախորդ։
       *[other] { $date } դրությամբ համապատասխանում է { $shown } հաճախորդ։
    }
segments-add-condition = ավելացրեք պայման

## «Սեգմենտներ» ներդիրի հաճախորդների ցուցակը։

# $customers՝ քանի հաճախորդ՝ բառերով. $revenue՝ նրանց հասույթը։
segments-list-total = { $customers }, ընդամենը՝ { $revenue }
segments-consented-only = Միայն մարքեթինգին համաձայնած հաճախորդները
# $id՝ հաճախորդի համարը։
segments-unnamed = № { $id } հաճախորդ
# $days՝ օրերի քանակ։
segments-days-ago = { $days ->
        [one] { $days } օր առաջ
       *[other] { $days } օր առաջ
    }

## «Սեգմենտներ» ներդիրի կանոնների խմբագրիչը. դաշտերը, որոնց նայում է պայմանը, և դրա օպերատորները։
segments-field-city = քաղաք
segments-field-country = երկիր
segments-field-first-channel = առաջին պատվերի ալիք
segments-field-consent = մարքեթինգի համաձայնություն
segments-field-recency-days = վերջին պատվերից անցած օրեր
segments-field-frequency = պատվերներ
segments-field-monetary = ընդհանուր ծախս
segments-field-average-order = միջին պատվեր
segments-field-product = գնված ապրանք
segments-field-category = գնված կատեգորիա
segments-field-segment = սեգմենտ
segments-field-tier = արժեքային մակարդակ
segments-field-lifecycle = կյանքի փուլ
segments-op-is = հավասար է
segments-op-is-not = հավասար չէ
segments-op-in = սրանցից մեկն է
segments-op-contains = պարունակում է
segments-op-between = միջակայքում է
segments-op-bought = գնել է
segments-op-never-bought = երբեք չի գնել
