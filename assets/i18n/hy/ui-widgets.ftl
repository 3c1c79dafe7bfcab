## Հաճախորդի դաշտերը՝ որպես պիտակներ դրանց խմբագրիչների կողքին («Հաճախորդներ», «Կրկնօրինակներ», «Սեգմենտներ»)։

field-first-name = Անուն
field-last-name = Ազգանուն
field-company = Ընկերություն
field-email = Էլ. փոստ
field-phone = Հեռախոս
field-street = Փողոց
field-street2 = Փողոց (2-րդ տող)
field-city = Քաղաք
field-postcode = Փոստային ինդեքս
field-region = Մարզ
field-country = Երկիր
field-birth-date = Ծննդյան ամսաթիվ
field-gender = Սեռ
field-language = Լեզու
field-marketing-consent = Մարքեթինգի համաձայնություն

## Ընդհանուր տարրեր, հիմնական ցուցանիշների քարտեր, ընթացք, աշխատանքներ։

widgets-cancel = Չեղարկել

## Հաճախորդի կանխատեսումը՝ «Հաճախորդներ» ներդիրի մանրամասներում։

prediction-predictions = Կանխատեսումներ
prediction-not-worked-out-for-the = Ընթացիկ տվյալների համար հաշվարկված չէ։
prediction-too-little-data-for-predictions = Կանխատեսումների համար տվյալները քիչ են (տե՛ս «Կանխատեսումներ» ներդիրը)։
prediction-no-purchase-on-or-before = Կանխատեսումների օրը կամ դրանից առաջ գնում չկա։
prediction-still-a-customer = Դեռ հաճախո՞րդ է

## Ֆայլի տողերը ցույց տվող պատուհանը։

filewindow-folder-or-file = Թղթապանակ կամ ֆայլ
filewindow-type-or-paste-a-path = Գրեք կամ տեղադրեք ուղին
filewindow-go = Անցնել
filewindow-places = Տեղեր
filewindow-recent-folders = Վերջին թղթապանակներ
filewindow-up-one-folder = ↑ Մեկ թղթապանակ վեր
filewindow-file-name = Ֆայլի անուն
filewindow-cancel = Չեղարկել

## Գծապատկերների կողքի վերլուծությունները։

insights-work-out-the-figures-again = Վերահաշվել ցուցանիշները
insights-there-are-no-sales-yet = Վաճառքներ դեռ չկան, ուստի ցուցադրելու սեգմենտներ կամ գծապատկերներ չկան։
insights-import-a-file-of-sales = Ներմուծեք վաճառքների ֆայլ «Ներմուծում» ներդիրում (Ctrl+2) կամ բեռնեք փորձնական խանութը։
insights-working-out-who-your-customers = Հաշվարկվում է, թե ովքեր են ձեր հաճախորդները և ինչպես են գնում խանութի գործերը…
insights-as-of = Դրության ամսաթիվ
insights-latest-sale = Վերջին վաճառքը
insights-yyyy-mm-dd = ՏՏՏՏ-ԱԱ-ՕՕ

## Ինչ առաջարկել հաճախորդին հաջորդը։

suggested-suggested-next = Հաջորդ առաջարկներ
suggested-working-out-what-sells-together = Հաշվարկվում է, թե ինչ է վաճառվում միասին…
suggested-nothing-yet-no-product-they = Դեռ ոչինչ. նրա հաճախ գնած ապրանքներից ոչ մեկը չի գնվում այնպիսի ապրանքի հետ, որը նա դեռ չի գնել։

## Հաճախորդի կանխատեսումը՝ «Հաճախորդներ» ներդիրի մանրամասներում։

# $days՝ առաջիկա օրերի քանակը։
prediction-chance-in-days = { $days ->
        [one] Կրկին գնելու հավանականությունը { $days } օրում
       *[other] Կրկին գնելու հավանականությունը { $days } օրում
    }
# $words՝ որքան հավանական է՝ բառերով. $percent՝ հավանականությունը տոկոսով։
prediction-alive = { $words } ({ $percent })
# $days՝ առաջիկա օրերի քանակը։
prediction-purchases-in-days = { $days ->
        [one] Սպասվող գնումներ { $days } օրում
       *[other] Սպասվող գնումներ { $days } օրում
    }
# $months՝ առաջիկա ամիսների քանակը։
prediction-value-months = { $months ->
        [one] Սպասվող արժեքը հաջորդ { $months } ամսում
       *[other] Սպասվող արժեքը հաջորդ { $months } ամսում
    }

## Հիմնական ցուցանիշների քարտեր («Ամփոփում»)։

# $arrow՝ ▲ կամ ▼. $change՝ փոփոխությունը տոկոսով։
widgets-change = { $arrow } { $change }՝ նախորդի համեմատ
widgets-new-nothing-before = նոր. նախկինում ոչինչ
widgets-no-change = առանց փոփոխության
# Աշխատանքի փուլը և որքանով է այն առաջ գնացել. $stage՝ փուլը. $percent՝ որքանով։
widgets-progress = { $stage } ({ $percent })
# Գծապատկերի ժամանակահատված. $date՝ դրա առաջին օրը։
widgets-week-of = շաբաթ՝ սկսած { $date }

## Սեգմենտների և գծապատկերների վերևի ամսաթիվը («Սեգմենտներ», «Գծապատկերներ»)։

insights-show = Ցույց տալ
insights-date-hint = գրեք ամսաթիվը 2025-06-30 ձևով
# $date՝ օրը. $count՝ քանի հաճախորդ. $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $revenue՝ նրանց հասույթը։
insights-figures-as-of = { $count ->
        [one] Ցուցանիշները՝ { $date } դրությամբ. պատվեր ունեցող { $shown } հաճախորդ, հասույթ՝ { $revenue }։
       *[other] Ցուցանիշները՝ { $date } դրությամբ. պատվեր ունեցող { $shown } հաճախորդ, հասույթ՝ { $revenue }։
    }
# Նույնը, երբ օրը վերջին վաճառքի օրն է։
insights-figures-as-of-latest = { $count ->
        [one] Ցուցանիշները՝ { $date } դրությամբ (վերջին վաճառքի օրը). պատվեր ունեցող { $shown } հաճախորդ, հասույթ՝ { $revenue }։
       *[other] Ցուցանիշները՝ { $date } դրությամբ (վերջին վաճառքի օրը). պատվեր ունեցող { $shown } հաճախորդ, հասույթ՝ { $revenue }։
    }

## Ինչ առաջարկել հաճախորդին հաջորդը («Հաճախորդներ» ներդիրի մանրամասները)։

# $rank՝ առաջարկի տեղը. $product՝ ապրանքի անունը։
suggested-rank = { $rank }. { $product }
# $bought՝ ինչ է գնել հաճախորդը. $rule՝ նախադասություն այն մասին, թե որքան հաճախ է դա գնվում ապրանքի հետ։
suggested-because = Գնել է { $bought }. { $rule }։

## Պատուհանի սեփական ֆայլի պատուհանը։

# $folder՝ թղթապանակը. $error՝ պատճառը։
filewindow-cannot-open = Հնարավոր չէ բացել { $folder } թղթապանակը. { $error }
# $path՝ ֆայլը։
filewindow-no-such-file = { $path } ֆայլը գոյություն չունի։

## Որքան հավանական է, որ հաճախորդը դեռ գնում է («Կանխատեսումներ», հաճախորդի մանրամասներ)։

alive-still-buying = հավանաբար դեռ գնում է
alive-slipping = հեռանում է
alive-gone = հավանաբար հեռացել է

## Ֆայլերի երկխոսություններ. վերնագրեր և ֆայլերի տեսակներ։

dialogs-title-import = Ներմուծել ֆայլ
dialogs-title-csv = Պահպանել CSV-ով
dialogs-title-spreadsheet = Պահպանել հաճախորդներին
dialogs-title-pdf = Պահպանել հաշվետվությունը
dialogs-title-png = Պահպանել գծապատկերն որպես նկար
dialogs-filter-spreadsheets = Աղյուսակներ և CSV
dialogs-filter-all = Բոլոր ֆայլերը
dialogs-filter-csv = CSV
dialogs-filter-xlsx = Excel աշխատագիրք
dialogs-filter-pdf = PDF փաստաթուղթ
dialogs-filter-png = PNG նկար
dialogs-already-open = Ֆայլի պատուհանն արդեն բաց է։

## Պատուհանի սեփական ֆայլի պատուհանը. տեղեր և կոճակներ։

filewindow-home = Տուն
filewindow-documents = Փաստաթղթեր
filewindow-downloads = Ներբեռնումներ
filewindow-desktop = Աշխատասեղան
filewindow-save = Պահպանել
filewindow-open = Բացել

## Այլ ընդհանուր բառեր։

prediction-open-predictions = Բացել կանխատեսումները
suggested-job = Միասին վաճառվող ապրանքների որոնում
suggested-job-starting = Սկսվում է

## Ընդհանուր «Ամփոփում», «Կանխատեսումներ» և «Կարծիքներ» ներդիրների համար. չստացված աշխատանք և հաճախորդների ցուցակ։
widgets-work-them-out-again = Վերահաշվել
widgets-show-in-customers = Բացել Հաճախորդներում
widgets-show-in-customers-tip = Բացել «Հաճախորդներ» ներդիրը՝ միայն այս հաճախորդներով
widgets-save-as-spreadsheet = Պահպանել աղյուսակով…
widgets-save-as-spreadsheet-tip = Excel աշխատագիրք (.xlsx) կամ CSV ֆայլ
