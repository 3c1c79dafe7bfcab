## «Ներմուծում» ներդիրը. ֆայլի տեսակը՝ «Կոնտակտներ»-ի և «Վաճառքներ»-ի կողքին։
import-kind-feedback = Կարծիքներ

## «Կարծիքներ» ներդիրը։
feedback-title = Կարծիքներ

## «Կարծիքներ» ներդիրը. վերնագիրը, կարծիքների քանակը և աշխատանքը կարգավիճակի տողում։
feedback-what-customers-say = Ինչ են ասում հաճախորդները
feedback-empty = Կարծիքներ դեռ չկան։ Ներմուծեք հարցումների պատասխաններ կամ առցանց կարծիքներ «Ներմուծում» ներդիրում (ընտրեք «Կարծիքներ»), ավելացրեք հեռախոսով ստացված բողոք հաճախորդի մանրամասներից կամ բեռնեք փորձնական խանութը։
feedback-job = Կարծիքների ցուցանիշների հաշվարկ
feedback-job-starting = Սկսվում է
# $count՝ քանի կարծիք. $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $date՝ վերջին օրը՝ ինչպես գրված է էկրանին։
feedback-pieces-up-to = { $count ->
        [one] { $shown } կարծիք՝ մինչև { $date }։
       *[other] { $shown } կարծիք՝ մինչև { $date }։
    }

## «Կարծիքներ» ներդիրը. վերևի քարտերը։
feedback-nps = NPS (Net Promoter Score)
feedback-nps-tip = Խրախուսողների (9-10) տոկոսը՝ հանած քննադատների (0-6) տոկոսը. դրա տակի միջակայքը պարունակում է իրական ցուցանիշը 100 դեպքից 95-ում
feedback-csat = Գոհ են (CSAT 4-5)
feedback-average-stars = Միջին աստղեր
# $stars՝ աստղերի միջին թիվը՝ ինչպես գրված է էկրանին։
feedback-stars-value = { $stars } ★
feedback-unhappy-and-valuable = Դժգոհ և արժեքավոր
# $count՝ քանի պատասխան. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
feedback-answers = { $count ->
        [one] { $shown } պատասխան
       *[other] { $shown } պատասխան
    }
# NPS-ի տակ. $low, $high՝ դրա 95% միջակայքի ծայրերը. $count՝ քանի պատասխան. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
feedback-nps-range-answers = { $low } – { $high } · { $count ->
        [one] { $shown } պատասխան
       *[other] { $shown } պատասխան
    }
# «Դժգոհ և արժեքավոր»-ի տակ. $count՝ քանիսի բողոքն է բաց մեկ շաբաթից ավելի. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
feedback-waiting-over-a-week = { $count ->
        [one] { $shown }-ը սպասում է մեկ շաբաթից ավելի
       *[other] { $shown }-ը սպասում է մեկ շաբաթից ավելի
    }

## «Կարծիքներ» ներդիրը. գծապատկերն ըստ ամիսների և նախադասությունները կրկին գնելու մասին։
feedback-month-by-month = Ըստ ամիսների
feedback-no-nps-or-csat = Գծելու համար NPS կամ CSAT պատասխաններ չկան։
feedback-line-nps = NPS
feedback-line-nps-range = NPS 95% միջակայք
feedback-line-csat = CSAT %
feedback-points-too-few = Պատասխանները քիչ են՝ եզրակացնելու համար
feedback-did-they-buy-again = Նորից գնե՞լ են
# Բաժինը «Դժգոհներ. 40-ից 12-ը նորից գնել է 90 օրվա ընթացքում (…)» նախադասության մեջ. $share, $low, $high՝ տոկոսներ՝ ինչպես գրված են էկրանին։
feedback-share-likely = { $share }, ամենայն հավանականությամբ՝ { $low }-ից մինչև { $high }
# Մեկ տող «Նորից գնե՞լ են»-ի տակ. $said՝ նախադասությունը։
feedback-bought-again-line = { $said }։

## «Կարծիքներ» ներդիրը. ներքևի մասի ցուցակի ընտրությունը։
# $shown՝ քանիսը՝ ինչպես գրված է էկրանին։
feedback-part-unhappy = Դժգոհ և արժեքավոր ({ $shown })
# $shown՝ քանիսը՝ ինչպես գրված է էկրանին։
feedback-part-open = Բաց բողոքներ ({ $shown })
feedback-part-terms = Ինչից են բողոքում
feedback-part-groups = Ըստ խմբերի

## «Կարծիքներ» ներդիրը. ցուցակների սյունակների վերնագրերը։
feedback-column-customer = Հաճախորդ
feedback-column-score = Միավոր
feedback-column-date = Ամսաթիվ
feedback-column-tier = Մակարդակ
feedback-column-spent = Ծախս
feedback-column-open-complaint = Բաց բողոք
feedback-column-what-they-said = Ինչ է ասել
feedback-column-age = Տևողություն
feedback-column-channel = Ալիք
feedback-column-status = Կարգավիճակ
feedback-column-term = Տերմին
feedback-column-unhappy = Դժգոհ
feedback-column-happy = Գոհ
feedback-column-log-odds = Լոգ-շանսեր
feedback-column-group = Խումբ
feedback-column-answers = Պատասխաններ
feedback-column-nps = NPS
feedback-column-nps-range = 95% միջակայք
feedback-column-csat = CSAT
feedback-column-stars = Աստղեր

## «Կարծիքներ» ներդիրը. ցուցակները։
feedback-unhappy-about = Դժգոհ հաճախորդներ (քննադատներ, 1-2 աստղ կամ CSAT, բութ մատը ներքև) ձեր լավագույնների մեջ (A և B արժեքային մակարդակներ)՝ ըստ ծախսածի. սկզբում նրանք են, ում բողոքը բաց է մեկ շաբաթից ավելի։
feedback-show-this-customer = Ցույց տալ այս հաճախորդին
# «Մակարդակ» սյունակում. $tier՝ մակարդակի տառը (A, B կամ C)։
feedback-tier-cell = { $tier }
# $count՝ քանի օր. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
feedback-days = { $count ->
        [one] { $shown } օր
       *[other] { $shown } օր
    }
# Երկար ցուցակի տակ. $rows՝ քանի տող է ցուցադրված. $total՝ քանիսն են ընդհանուր (երկուսն էլ՝ ինչպես գրված են էկրանին)։
feedback-first-rows-shown = Ցուցադրված են առաջին { $rows }-ը. կոճակները վերաբերում են բոլոր { $total }-ին։
feedback-no-open-complaint = Պատասխանի սպասող բողոք չկա։
feedback-open-about = Պատասխանի սպասող բողոքները՝ սկսած ամենահնից։ Լուծեք բողոքը՝ նշելով, թե ինչ է արվել։
# $id՝ կարծիքի համարը։
feedback-resolve-which = Լուծել № { $id } կարծիքը.
feedback-what-was-done = ինչ է արվել
feedback-mark-resolved = Նշել որպես լուծված
feedback-cancel = Չեղարկել
feedback-resolve = Լուծել…
# Հաղորդագրություն կարգավիճակի տողում. $id՝ կարծիքի համարը։
feedback-marked-resolved = № { $id } կարծիքը նշվեց որպես լուծված։
# Հաճախորդների ցուցակի անունը («Բացել Հաճախորդներում»-ի և աղյուսակի համար)։
feedback-list-open-complaints = Բաց բողոքներ
feedback-several-unsolved = Մի քանի չլուծված բողոք. հեռանալու ռիսկ
feedback-no-term = Դեռ ոչ մի բառ աչքի չի ընկնում. տերմինը ցուցակում է հայտնվում, երբ առնվազն 3 դժգոհ հաճախորդ այն օգտագործում է ավելի հաճախ, քան գոհները։
feedback-terms-about = Բառեր և երկբառ արտահայտություններ, որոնք դժգոհ հաճախորդներն օգտագործում են ավելի հաճախ, քան գոհները, սկսած ամենաուժեղից։ Սեղմեք տերմինի վրա՝ կարդալու, թե ինչ է ասվել։
# $term՝ հաճախորդների օգտագործած բառ. $count՝ քանի կարծիքում է այն. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
feedback-term-in = { $count ->
        [one] «{ $term }»՝ { $shown } կարծիքում
       *[other] «{ $term }»՝ { $shown } կարծիքում
    }
# Հաճախորդների ցուցակի անունը. $term՝ հաճախորդների օգտագործած բառ։
feedback-list-said = Ասել են «{ $term }»
feedback-by = Ըստ
feedback-by-channel = առաջին պատվերի ալիքի
feedback-by-product = ապրանքի
feedback-by-segment = սեգմենտի
feedback-by-tier = արժեքային մակարդակի
feedback-by-stage = կյանքի փուլի
feedback-by-month = ամսի
feedback-no-group = Գնահատականով ոչ մի կարծիք չի ընկնում այս բաշխման որևէ խմբի մեջ։
# $low, $high՝ միջակայքի ծայրերը՝ ինչպես գրված են էկրանին։
feedback-range = { $low } – { $high }

## Հաճախորդի մանրամասները. կարծիքների նշաններն անվան կողքին։
feedback-feeling-unhappy = Դժգոհ
feedback-feeling-neutral = Չեզոք
feedback-feeling-happy = Գոհ
feedback-feeling-tip = Ինչպես էր իրեն զգում հաճախորդը, երբ վերջին անգամ գնահատական տվեց
# $count՝ քանի բաց բողոք. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
feedback-open-complaints-badge = { $count ->
        [one] { $shown } բաց բողոք
       *[other] { $shown } բաց բողոք
    }
feedback-open-complaint-tip = Բողոքը սպասում է պատասխանի. տե՛ս ստորև՝ «Կարծիքներ» բաժնում
feedback-at-risk-of-leaving = Հեռանալու ռիսկ
feedback-at-risk-tip = Հաճախորդները, որոնց բողոքները մնում են չլուծված, հենց նրանք են, որ պատրաստվում են հեռանալ

## Հաճախորդի մանրամասները. կարծիքների ցուցակը և «Ավելացնել կարծիք» ձևը։
feedback-loading = Կարծիքները բեռնվում են…
feedback-nothing-said = Դեռ ոչինչ չի ասվել։
# $note՝ ինչ է գրել սեփականատերը լուծելիս։
feedback-resolved-note = Լուծված է. { $note }
feedback-add-feedback = Ավելացնել կարծիք
feedback-day = Օր
feedback-day-hint = այսօր (ՏՏՏՏ-ԱԱ-ՕՕ)
feedback-where = Որտեղ
feedback-score = Գնահատական
feedback-scale-none = չկա
feedback-scale-nps = NPS 0-10
feedback-scale-stars = աստղեր 1-5
feedback-scale-csat = CSAT 1-5
feedback-scale-thumbs = բութ մատ 0/1
feedback-text-hint = Ինչ է ասել հաճախորդը
feedback-complaint-waits = Բողոք, որը սպասում է պատասխանի
feedback-add = Ավելացնել
feedback-bad-day = Գրեք օրը ՏՏՏՏ-ԱԱ-ՕՕ ձևով, օրինակ՝ 2026-12-06։
feedback-off-scale = Գնահատականն իր սանդղակից դուրս է։
feedback-say-something = Գրեք, թե ինչ է ասել հաճախորդը, կամ տվեք գնահատական։

## Կարծիքի գնահատականները, ալիքները և վիճակները՝ ցուցակներում և հաճախորդի մանրամասներում։
# $score՝ գնահատականը՝ ինչպես գրված է էկրանին։
feedback-score-nps = { $score }/10 NPS
# $score՝ գնահատականը՝ ինչպես գրված է էկրանին։
feedback-score-stars = { $score } ★
# $score՝ գնահատականը՝ ինչպես գրված է էկրանին։
feedback-score-csat = { $score }/5 CSAT
feedback-thumbs-up = բութ մատը վեր
feedback-thumbs-down = բութ մատը ներքև
feedback-status-open = բաց
feedback-status-resolved = լուծված
feedback-channel-survey = հարցում
feedback-channel-review = առցանց կարծիք
feedback-channel-email = էլ. փոստ
feedback-channel-phone = հեռախոս
feedback-channel-shop = խանութում

## «Կանխատեսումներ» ներդիրը. դեռ բաց բողոքներ ունեցող հաճախորդի կողքին։
# $count՝ քանի բաց բողոք. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
feedback-predictions-open-complaints = { $count ->
        [one] { $shown } բաց բողոք
       *[other] { $shown } բաց բողոք
    }
feedback-predictions-open-complaints-tip = Չլուծված բողոքներ. հեռանալու ռիսկ կա, ինչ էլ որ ցույց տան գնումները

## «Ներմուծում» ներդիրը՝ կարծիքների ֆայլի համար։
import-feedback-about = Կարծիքներ. հարցումների պատասխաններ, առցանց կարծիքներ կամ բողոքներ, որոնցից յուրաքանչյուրում հաճախորդը նշված է համարով, էլ. փոստով կամ հեռախոսով։
import-feedback-job-importing = Կարծիքների ներմուծում
import-feedback-job-checking = Կարծիքների ստուգում
import-feedback-job-reading = Ընթերցում
# $count՝ քանի կարծիք ներմուծվեց. $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $rows՝ քանի տող կարդացվեց՝ ինչպես գրված է էկրանին. $customers՝ քանի հաճախորդ ավելացվեց. $shown_customers՝ նույն թիվը, ինչպես գրված է էկրանին։
import-feedback-imported = { $rows } տողից ներմուծվեց { $count ->
        [one] { $shown } կարծիք
       *[other] { $shown } կարծիք
    } ({ $customers ->
        [one] { $shown_customers } նոր հաճախորդ
       *[other] { $shown_customers } նոր հաճախորդ
    })։
import-feedback-see-them = Դրանք կարող եք տեսնել «Կարծիքներ» ներդիրում և յուրաքանչյուր հաճախորդի մանրամասներում։
# $column՝ գնահատականների սյունակի վերնագիրը։
import-feedback-which-scale-column = Ո՞ր սանդղակով են «{ $column }» սյունակի գնահատականները։ Ֆայլում նշված չէ, իսկ 4-ն ամեն սանդղակում այլ բան է նշանակում։
import-feedback-which-scale = Ո՞ր սանդղակով են գնահատականները։ Ֆայլում նշված չէ, իսկ 4-ն ամեն սանդղակում այլ բան է նշանակում։
import-feedback-scale-nps = NPS, 0-ից մինչև 10 (որքան հավանական է, որ կառաջարկի)
import-feedback-scale-stars = Աստղեր, 1-ից մինչև 5
import-feedback-scale-csat = CSAT, 1-ից մինչև 5 (որքան է գոհ)
import-feedback-scale-thumbs = Բութ մատը վեր կամ ներքև (1 կամ 0)
# $scale՝ վերևի սանդղակներից մեկը։
import-feedback-scores-read-as = Գնահատականները կարդացվել են այս սանդղակով. { $scale }։
import-feedback-change = Փոխել
# $layout՝ հայտնի արտահանման անունը (օրինակ՝ կարծիքների կայքի)։
import-feedback-layout = Ճանաչվեց արտահանման ձևաչափը՝ { $layout }։
# $scale՝ վերևի սանդղակներից մեկը։
import-feedback-layout-scale = Ձևաչափի համաձայն՝ գնահատականների սանդղակն է. { $scale }։
# $count՝ քանի տող կարդացվեց. $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $importable, $left՝ քանի տող կարելի է ներմուծել և քանիսը դուրս կմնա՝ ինչպես գրված են էկրանին։
import-feedback-rows-check = { $count ->
        [one] { $shown } տողից կարելի է ներմուծել { $importable }-ը. { $left }-ը դուրս կմնա։
       *[other] { $shown } տողից կարելի է ներմուծել { $importable }-ը. { $left }-ը դուրս կմնա։
    }
# Ֆայլում գտնված մեկ խնդիր. $problem՝ խնդիրը՝ որպես նախադասություն։
import-feedback-problem = • { $problem }
import-feedback-import = Ներմուծել կարծիքները
