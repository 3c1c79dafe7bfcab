## «Հաշվետվություններ» ներդիրը։

reports-title = Հաշվետվություններ

## «Հաշվետվություններ» ներդիրի պիտակները, կոճակները և հուշումները։

reports-print-the-report = Տպել հաշվետվությունը
reports-looking-for-printers = Տպիչներն որոնվում են…
reports-no-printer-is-set-up = Այս համակարգչում տպիչ կարգավորված չէ։ Ավելացրեք այն համակարգի տպիչների կարգավորումներում կամ պահպանեք PDF-ը և տպեք այլ համակարգչից։
reports-close = Փակել
reports-printer = Տպիչ
reports-copies = Օրինակներ
reports-paper = Թուղթ
reports-cancel = Չեղարկել
reports-report = Հաշվետվություն
reports-period = Ժամանակահատված
reports-no-sales-in-this-period = Այս ժամանակահատվածում վաճառքներ չկան. հաշվետվության ցուցանիշները դատարկ կլինեն։
reports-sections = Բաժիններ
reports-none = Ոչ մեկը
reports-all = Բոլորը
reports-choose-at-least-one-section = Ընտրեք առնվազն մեկ բաժին։
reports-paper-2 = Թուղթ
reports-save-pdf = Պահպանել PDF…
reports-save-the-report-as-a = Պահպանել հաշվետվությունը PDF ֆայլով (Ctrl+S)
reports-print = Տպել…
reports-choose-a-printer-copies-and = Ընտրեք տպիչը, օրինակների քանակը և թուղթը, ապա տպեք (Ctrl+P)
reports-yyyy-mm-dd = ՏՏՏՏ-ԱԱ-ՕՕ
reports-type-both-dates-as-yyyy = Գրեք երկու ամսաթվերը ՏՏՏՏ-ԱԱ-ՕՕ ձևով, օրինակ՝ 2025-01-31։
reports-the-first-date-is-after = Առաջին ամսաթիվն երկրորդից հետո է։
reports-use-these-dates = Կիրառել այս ամսաթվերը
reports-fit-width = Ըստ լայնության
reports-larger = Մեծացնել
reports-smaller = Փոքրացնել

## «Հաշվետվություններ» ներդիրի ժամանակահատվածները, թուղթը, տպումը և նախադիտումը։

reports-this-month = Այս ամիս
reports-last-month = Անցած ամիս
reports-this-quarter = Այս եռամսյակ
reports-last-quarter = Անցած եռամսյակ
reports-this-year = Այս տարի
reports-last-year = Անցած տարի
reports-custom = Իմ ընտրած ամսաթվերը
reports-paper-a4 = A4
reports-paper-letter = Letter
reports-sending-to-printer = Հաշվետվությունն ուղարկվում է տպիչին…
reports-job = Հաշվետվության պատրաստում
reports-job-starting = Սկսվում է
# $printer՝ տպիչի անունը։
reports-default-printer = { $printer } (հիմնական)
# $printer՝ տպիչի անունը։
reports-print-on = Տպել { $printer } տպիչով
# $from, $to՝ ժամանակահատվածի առաջին և վերջին օրը։
reports-period-dates = { $from } – { $to }
# $pages՝ քանի էջ. $size՝ ֆայլի չափը կիլոբայթերով՝ ինչպես գրված է էկրանին։
reports-pages-size = { $pages ->
        [one] { $pages } էջ · { $size } ԿԲ
       *[other] { $pages } էջ · { $size } ԿԲ
    }
reports-from = Սկսած
reports-to = Մինչև
# $page՝ էջի համարը. $count՝ քանի էջ։
reports-page-of = Էջ { $page } / { $count }

## «Հաշվետվություններ» ներդիրը. հաշվետվությունը պահպանելիս առաջարկվող ֆայլի անունը (առանց / \ : * ? " < > |)։
# $shop՝ խանութի անունը. $from, $to՝ առաջին և վերջին օրը՝ ՏՏՏՏ-ԱԱ-ՕՕ ձևով։
reports-file-name = { $shop } հաշվետվություն { $from } – { $to }.pdf
# Խանութի անունը ֆայլի անվան մեջ, երբ խանութն անուն չունի։
reports-file-name-shop = Խանութ
