## «Ներմուծում» ներդիրը։

import-title = Ներմուծում

## «Ներմուծում» ներդիրի պիտակները, կոճակները և հուշումները։

import-import = Ներմուծում
import-open-a-file = Բացել ֆայլ…
import-ctrl-o = Ctrl+O
import-or-drop-a-file-on = կամ թողեք ֆայլը պատուհանի վրա. CSV, TSV, տեքստ, Excel (XLSX, XLS) կամ OpenDocument (ODS)։
import-bring-in-the-customers-and = Ներմուծեք այն հաճախորդներն ու վաճառքները, որոնք արտահանում են ձեր դրամարկղային ծրագիրը, առցանց խանութը, հավատարմության քարտերի ծառայությունը կամ ձեր սեփական աղյուսակները։ Մինչ որևէ բան պահպանելը կտեսնեք, թե ինչպես է կարդացվում ֆայլը և ինչ է դառնում յուրաքանչյուր սյունակ, իսկ ցանկացած ներմուծում կարելի է չեղարկել ստորև։
import-reading-the-file = Ֆայլը կարդացվում է…
import-using-the-mapping-from-your = Սյունակները կարդացվում են այնպես, ինչպես այս դասավորությամբ ֆայլի վերջին ներմուծման ժամանակ։
import-the-file-holds = Ֆայլը պարունակում է.
import-format = Ձևաչափ.
import-encoding = Կոդավորում.
import-delimiter = Բաժանիչ.
import-sheet = Թերթ.
import-header-row = Վերնագրի տող.
import-the-column-names-are-one = Սյունակների անունները մեկ տող վերև են
import-the-column-names-are-one-2 = Սյունակների անունները մեկ տող ներքև են (դրանցից վերև վերնագրի տողեր կան)
import-decimal-separator = Տասնորդական բաժանիչ.
import-dates = Ամսաթվեր.
import-row = Տող
import-kept-as-extra = պահվում է որպես լրացուցիչ
import-check = Ստուգել
import-choose-the-columns-above-the = Ընտրեք սյունակները վերևում. ֆայլը կստուգվի, հենց որ այն հնարավոր լինի ներմուծել։
import-checking-every-row-nothing-is = Բոլոր տողերը ստուգվում են (դեռ ոչինչ չի գրվում)…
import-stop = Կանգնեցնել
import-cancel = Չեղարկել
import-save-rejected-rows-as-csv = Պահպանել մերժված տողերը CSV-ով…
import-open-the-customers-tab = Բացել «Հաճախորդներ» ներդիրը
import-show-all-rejected-rows = Ցույց տալ բոլոր մերժված տողերը
import-import-another-file = Ներմուծել այլ ֆայլ…
import-import-another-file-2 = Ներմուծել այլ ֆայլ…
import-history = Պատմություն
import-nothing-has-been-imported-yet = Դեռ ոչինչ չի ներմուծվել։
import-undone = չեղարկված
import-undo = Չեղարկել
import-remove-what-this-import-added = Հեռացնել այն, ինչ ավելացրել է այս ներմուծումը
import-rejected-rows = Մերժված տողեր
import-close = Փակել
import-this-import-has-no-problems = Այս ներմուծման համար խնդիրներ գրանցված չեն։
import-rejected-rows-2 = Մերժված տողեր
import-save-rejected-rows-as-csv-2 = Պահպանել մերժված տողերը CSV-ով…
import-counting-what-it-added = Հաշվվում է, թե ինչ է այն ավելացրել…
import-contacts-that-a-later-import = Այն կոնտակտները, որոնք օգտագործվում են հետագա ներմուծման կամ միավորման մեջ, պահպանվում են։ Ներմուծումը մնում է պատմության մեջ՝ «չեղարկված» նշումով։
import-undo-the-import = Չեղարկել ներմուծումը
import-enter = Enter
import-keep-it = Թողնել
import-esc = Esc

## «Ներմուծում» ներդիրը. ինչ է պարունակում ֆայլը և ինչպես է այն կարդացվում։

import-job-check = Ֆայլի ստուգում
import-job-reading = Ընթերցում
# $file՝ ֆայլի անունը։
import-job-import = { $file } ֆայլի ներմուծում
import-job-starting = Սկսվում է
import-kind-contacts = Կոնտակտներ
import-kind-sales = Վաճառքներ
# $note՝ դիտողություն ֆայլի մասին։
import-note = Նշում. { $note }
import-hint-contacts = անձինք և ընկերություններ
import-hint-sales = վաճառքի տողեր՝ հաճախորդով կամ որպես անանուն վաճառքներ
# $layout՝ դրամարկղային ծրագրի կամ առցանց խանութի արտահանման ձևաչափի անունը։
import-hint-contacts-layout = անձինք և ընկերություններ ({ $layout } արտահանման ձևաչափով)
import-hint-sales-layout = վաճառքի տողեր՝ հաճախորդով կամ որպես անանուն վաճառքներ ({ $layout } արտահանման ձևաչափով)
import-hint-contacts-guessed = անձինք և ընկերություններ (որոշված է ըստ սյունակների)
import-hint-sales-guessed = վաճառքի տողեր՝ հաճախորդով կամ որպես անանուն վաճառքներ (որոշված է ըստ սյունակների)
import-delimiter-tab = Տաբուլյացիա
import-delimiter-comma = Ստորակետ ,
import-delimiter-semicolon = Կետ-ստորակետ ;
import-delimiter-bar = Ուղղահայաց գիծ |
import-format-csv = Տեքստ (CSV)
import-format-xlsx = Excel աշխատագիրք (XLSX)
import-format-xls = Excel 97-2003 աշխատագիրք (XLS)
import-format-ods = OpenDocument աղյուսակ (ODS)
# $encoding՝ տեքստի կոդավորման անունը, օրինակ՝ UTF-8։
import-encoding-detected = { $encoding } (հայտնաբերված)
import-decimal-dot = Կետ՝ 1234.56
import-decimal-comma = Ստորակետ՝ 1234,56
import-order-day-first = Նախ օրը՝ 31/12/2025
import-order-month-first = Նախ ամիսը՝ 12/31/2025
# $example՝ ամսաթիվ ֆայլից՝ ինչպես գրված է այնտեղ։
import-ask-date-order = Ինչպե՞ս է այս ֆայլը գրում ամսաթվերը։ { $example }-ի նման ամսաթիվը կարելի է կարդալ երկու ձևով, և ֆայլի ոչ մի ամսաթիվ չի պարզում, թե որն է ճիշտ։
# $example՝ ամսաթիվ ֆայլից. $date՝ այն ամսաթիվը, որ ստացվում է՝ նախ օրը կարդալիս։
import-read-day-first = Նախ օրը՝ { $example }-ը { $date } է
# $example՝ ամսաթիվ ֆայլից. $date՝ այն ամսաթիվը, որ ստացվում է՝ նախ ամիսը կարդալիս։
import-read-month-first = Նախ ամիսը՝ { $example }-ը { $date } է
import-day-first = նախ օրը
import-month-first = նախ ամիսը
# $count՝ քանի սյունակ։
import-columns-understood = Ինչպես է հասկացվել յուրաքանչյուր սյունակը ({ $count })

## «Ներմուծում» ներդիրը. ինչ գտավ ստուգումը։

import-tag-rejected = Մերժված
import-tag-warning = Զգուշացում
# Խնդիրների խումբ. $tag՝ «Մերժված» կամ «Զգուշացում». $count՝ քանիսը՝ ինչպես գրված է էկրանին. $kind՝ ինչ խնդիր է։
import-problem-group = { $tag } · { $count } × { $kind }
# $shown՝ քանի խնդիր է խմբավորված. $total՝ քանիսն են ընդհանուր. երկուսն էլ՝ ինչպես գրված են էկրանին։
import-problems-first = Այստեղ խմբավորված են { $total } խնդրից առաջին { $shown }-ը. բոլորը պահպանվում են ներմուծման հետ։
# Ստորև $count-ը թիվ է, իսկ $shown-ը՝ նույն թիվը, ինչպես գրված է էկրանին։
import-rows-ok = { $count ->
        [one] { $shown } ճիշտ տող
       *[other] { $shown } ճիշտ տող
    }
import-rows-rejected = { $count ->
        [one] { $shown } մերժված տող
       *[other] { $shown } մերժված տող
    }
import-warnings = { $count ->
        [one] { $shown } զգուշացում
       *[other] { $shown } զգուշացում
    }
import-contacts-added = { $count ->
        [one] { $shown } կոնտակտ կավելացվի
       *[other] { $shown } կոնտակտ կավելացվի
    }
# $count, $shown՝ վաճառքի տողեր. $new՝ նոր հաճախորդներ. $known՝ արդեն հայտնի հաճախորդների տողեր. երկուսն էլ՝ ինչպես գրված են էկրանին։
import-sales-summary = { $count ->
        [one] { $shown } վաճառքի տող. { $new } նոր հաճախորդ, { $known } տող՝ արդեն հայտնի հաճախորդների համար
       *[other] { $shown } վաճառքի տող. { $new } նոր հաճախորդ, { $known } տող՝ արդեն հայտնի հաճախորդների համար
    }
import-walk-in = { $count ->
        [one] { $shown } վաճառքի տող առանց հաճախորդի (անանուն գնում). հաշվվում է հասույթում, բայց ոչ մի հաճախորդի ցուցանիշներում
       *[other] { $shown } վաճառքի տող առանց հաճախորդի (անանուն գնումներ). հաշվվում են հասույթում, բայց ոչ մի հաճախորդի ցուցանիշներում
    }
# Պատվերներ, որոնց կարգավիճակը չի հաշվվում (cancelled, returned…). $status՝ կարգավիճակը՝ ինչպես գրված է ֆայլում. $amount՝ դրանց ընդհանուր գումարը։
import-set-aside = { $count ->
        [one] { $shown } պատվեր «{ $status }» կարգավիճակով ({ $amount })՝ պահպանված, բայց չհաշվված
       *[other] { $shown } պատվեր «{ $status }» կարգավիճակով ({ $amount })՝ պահպանված, բայց չհաշվված
    }
# $date՝ երբ. $id՝ ներմուծման համարը. $rows՝ քանի տող՝ ինչպես գրված է էկրանին։
import-already-imported = Այս ֆայլն արդեն ներմուծվել է ({ $date }, № { $id } ներմուծում, { $rows } տող)։ Կրկին ներմուծելիս դրա տողերը կավելանան երկրորդ անգամ։
import-again-anyway = Այնուամենայնիվ կրկին ներմուծել
import-bad-dates = { $count ->
        [one] { $shown } տողի վաճառքի ամսաթիվը 1900-ից առաջ է կամ ապագայում՝ մեկ օրից ավելի, և այդ տողը մերժվում է։
       *[other] { $shown } տողի վաճառքի ամսաթիվը 1900-ից առաջ է կամ ապագայում՝ մեկ օրից ավելի, և այդ տողերը մերժվում են։
    }
import-accept-any-date = Ընդունել 1900-ից առաջ կամ ապագայի ամսաթվերը
import-button = { $count ->
        [one] Ներմուծել { $shown } տող
       *[other] Ներմուծել { $shown } տող
    }
import-why-columns = Նախ ընտրեք այն սյունակները, որոնք պետք են ներմուծման համար։
import-why-dates = Նախ նշեք, թե ինչպես է այս ֆայլը գրում ամսաթվերը (նախ օրը, թե նախ ամիսը)։
import-why-again = Այս ֆայլն արդեն ներմուծվել է. նշեք «Այնուամենայնիվ կրկին ներմուծել»՝ այն երկրորդ անգամ ներմուծելու համար։
import-why-no-row = Այս ֆայլի ոչ մի տող հնարավոր չէ ներմուծել։
import-why-checking = Ֆայլը կարելի կլինի ներմուծել, երբ բոլոր տողերը ստուգվեն։
# Մերժված տողերի ֆայլի անունը. $stem՝ ներմուծված ֆայլի անունը՝ առանց ընդլայնման։
import-rejected-file = { $stem } - մերժված տողեր.csv

## «Ներմուծում» ներդիրը. կատարված ներմուծումը, պատմությունը և խնդիրները։

# $file՝ ֆայլի անունը։
import-not-imported = { $file } ֆայլը չներմուծվեց
# $file՝ ֆայլի անունը։
import-imported = { $file } ֆայլը ներմուծվեց
# Ստորև թվերը գրված են այնպես, ինչպես էկրանին։
import-done-contacts = { $new } նոր կոնտակտ
import-done-sales = { $new } նոր հաճախորդ, { $lines } վաճառքի տող ({ $known }-ը՝ արդեն հայտնի հաճախորդների համար)
# $imported, $read՝ տողեր. $what՝ ինչ է ավելացվել (վերևի երկու հաղորդագրություններից մեկը)։
import-done = Ներմուծվեց { $read } տողից { $imported }-ը. { $what }։
import-done-problems = { $rejected } տող մերժվեց, { $warnings } արժեք մի կողմ դրվեց զգուշացումով.
# $id՝ ներմուծման համարը։
import-saved-as = Պահպանվեց որպես № { $id } ներմուծում. ստորև՝ պատմությունում, այն կարելի է չեղարկել։
import-history-import = Ներմուծում
import-history-what = Ինչ
import-history-file = Ֆայլ
import-history-read = Կարդացված
import-history-imported = Ներմուծված
import-history-rejected = Մերժված
import-history-when = Երբ
import-batch-contacts = կոնտակտներ
import-batch-sales = վաճառքներ
import-batch-demo = փորձնական խանութ
import-batch-feedback = կարծիքներ
# $date՝ երբ է չեղարկվել ներմուծումը։
import-undone-on = Չեղարկված՝ { $date }
# $id՝ ներմուծման համարը։
import-problems-of = № { $id } ներմուծման խնդիրները
import-problems-row = Տող
import-problems-column = Սյունակ
import-problems-value = Արժեք
import-problems-row-as-read = Տողը՝ ինչպես կարդացվել է
# $count՝ քանի մերժված տող՝ ինչպես գրված է էկրանին. $shown՝ քանիսն են ցուցադրված։
import-problems-first-rows = { $count } մերժված տողից առաջին { $shown }-ը. բոլորը տեսնելու համար պահպանեք դրանք CSV-ով։
# $id՝ ներմուծման համարը։
import-file-stem = ներմուծում № { $id }
# $id՝ ներմուծման համարը։
import-undo-ask = Չեղարկե՞լ № { $id } ներմուծումը։
import-the-demo-shop = փորձնական խանութը
# $sales, $contacts՝ ինչպես գրված են էկրանին. $file՝ ֆայլի անունը։
import-undo-what = Հեռացնե՞լ այս ներմուծման ({ $file }) { $sales } վաճառքի տողը և { $contacts } կոնտակտը։
