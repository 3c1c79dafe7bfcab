## «Գծապատկերներ» ներդիրը։

charts-title = Գծապատկերներ

## «Գծապատկերներ» ներդիրի պիտակները, կոճակները և հուշումները։

charts-charts = Գծապատկերներ
charts-hover-for-exact-values-drag = Ճշգրիտ արժեքների համար պահեք ցուցիչը վրան։ Քաշեք՝ տեղաշարժելու համար, պտտեք անիվը կամ մատներով մեծացրեք, կրկնակի սեղմեք՝ սկզբնական տեսքին վերադառնալու համար։
charts-from = Սկսած
charts-first-sale = սկզբից
charts-to = մինչև
charts-as-of-date = վերջ
charts-write-dates-as-2025-06 = գրեք ամսաթվերը 2025-06-30 ձևով
charts-save-as-png = Պահպանել PNG-ով…
charts-save-this-chart-as-an = Պահպանել այս գծապատկերն որպես նկար
charts-there-are-no-sales-before = Դրության ամսաթվից առաջ վաճառքներ չկան։
charts-so-far = մինչ այժմ
charts-orders = Պատվերներ
charts-average-order = Միջին պատվեր
charts-no-sale-in-this-range = Այս միջակայքի վաճառքներում նշված չէ, թե որ ալիքից, կատեգորիայից կամ խանութից են դրանք։
charts-this-chart-needs-orders-in = Այս գծապատկերի համար պետք են առնվազն երկու ամսվա պատվերներ։
charts-customers-who-ordered-each-month = Ամեն ամիս պատվեր տված հաճախորդները. առաջին անգամ պատվիրողները և վերադարձողները։

## «Գծապատկերներ» ներդիրի «Միտումներ» և «Կանխատեսում» մասերի պիտակները, կոճակները և հուշումները։

charts-work-out-the-figures-again = Վերահաշվել ցուցանիշները
charts-choosing-the-forecast-s-model = Ընտրվում է կանխատեսման մոդելը, հաշվարկվում են կոհորտները և ալիքները…
charts-no-month-is-complete-yet = Դեռ ոչ մի ամիս ամբողջական չէ։
charts-each-row-is-the-customers = Յուրաքանչյուր տող այն հաճախորդներն են, որոնք առաջին անգամ գնել են այդ ամիս. յուրաքանչյուր սյունակ՝ դրանից հետո անցած ամիս (0՝ առաջին ամիսը)։ Բջիջը նրանց այն բաժինն է, որոնք պատվեր են տվել այդ ամիս։
charts-revenue-per-customer-of-each = Վերջին տասներկու կոհորտներից յուրաքանչյուրի հասույթը մեկ հաճախորդի հաշվով՝ կուտակված ամիս առ ամիս՝ առաջին պատվերից սկսած։
charts-a-customer-counts-for-the = Հաճախորդը հաշվվում է իր առաջին պատվերի ալիքում և խանութում։ Արժեքային մակարդակները. A-ն բերում է հասույթի 80%-ը, B-ն՝ հաջորդ 15%-ը, C-ն՝ վերջին 5%-ը։

## «Գծապատկերներ» ներդիրի գծապատկերների ցանկը։

charts-chart-revenue = Հասույթ
charts-chart-orders = Պատվերներ և միջին պատվեր
charts-chart-new-returning = Նոր և վերադարձող հաճախորդներ
charts-chart-channel = Հասույթն ըստ ալիքների
charts-chart-category = Հասույթն ըստ կատեգորիաների
charts-chart-store = Հասույթն ըստ խանութների
charts-chart-segments = Սեգմենտներ. չափը և հասույթը
charts-chart-pareto = Պարետոյի կոր
charts-chart-forecast = Կանխատեսում
charts-chart-cohorts = Կոհորտներ. ով է վերադառնում
charts-chart-channels = Ալիքներ և խանութներ

## «Գծապատկերներ» ներդիրի ժամանակահատվածները և միջակայքերը։

charts-step-day = Օր
charts-step-week = Շաբաթ
charts-step-month = Ամիս
charts-last-90-days = Վերջին 90 օր
charts-last-12-months = Վերջին 12 ամիս
charts-all = Բոլորը

## «Գծապատկերներ» ներդիրի գծապատկերները. հուշումներ սյուների և գծերի վրա, լեգենդներ, նախադասություններ։

# Դեռ չավարտված ժամանակահատվածի սյունը. $period՝ ժամանակահատվածը. $day՝ վերջին վաճառքի օրը։
charts-bar-so-far = { $period }՝ մինչ այժմ (մինչև { $day })
# $amount՝ գումար։
charts-tip-revenue = հասույթ՝ { $amount }
# $amount՝ ցուցադրված ամսաթվերի հասույթը։
charts-in-range = { $amount }՝ այս միջակայքում։
charts-legend-revenue = Հասույթ
charts-legend-orders = Պատվերներ
# $count՝ պատվերներ. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
charts-tip-orders = { $count ->
        [one] { $shown } պատվեր
       *[other] { $shown } պատվեր
    }
charts-legend-average-order = Միջին պատվեր
# $amount՝ գումար։
charts-tip-average-order = միջին պատվեր՝ { $amount }
# $label՝ ալիք, կատեգորիա կամ խանութ. $amount՝ դրա հասույթը. $share՝ դրա բաժինը հասույթում։
charts-part-total = { $label }. { $amount } ({ $share })
charts-legend-new = Նոր հաճախորդներ
charts-legend-returning = Վերադարձող հաճախորդներ
# $count՝ հաճախորդներ։
charts-tip-new = { $count ->
        [one] { $count } նոր հաճախորդ
       *[other] { $count } նոր հաճախորդ
    }
# $count՝ հաճախորդներ։
charts-tip-returning = { $count ->
        [one] { $count } վերադարձող հաճախորդ
       *[other] { $count } վերադարձող հաճախորդ
    }
# $segment՝ սեգմենտ. $count՝ դրա հաճախորդները. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
charts-segment-customers = { $count ->
        [one] { $segment }. { $shown } հաճախորդ
       *[other] { $segment }. { $shown } հաճախորդ
    }
# $segment՝ սեգմենտ. $amount՝ դրա հասույթը։
charts-segment-revenue = { $segment }. { $amount }
charts-legend-share-customers = Հաճախորդների բաժին
charts-legend-share-revenue = Հասույթի բաժին
# $share՝ տոկոս։
charts-tip-share-customers = հաճախորդների { $share }-ը
# $share՝ տոկոս։
charts-tip-share-revenue = հասույթի { $share }-ը
# $top՝ 20 %՝ ինչպես գրված է էկրանին. $share՝ հասույթի այն բաժինը, որը նրանք բերում են։
charts-pareto-explained = Հաճախորդները՝ դասավորված ամենաշատ ծախսողից դեպի ամենաքիչը։ Ձեր հաճախորդների լավագույն { $top }-ը բերում է հասույթի { $share }-ը։
charts-legend-even = Բոլորը ծախսում են նույնքան
# $share՝ հաճախորդների բաժին. $count՝ քանի հաճախորդ է դա՝ ինչպես գրված է էկրանին. $revenue՝ հասույթի այն բաժինը, որը նրանք բերում են։
charts-tip-pareto = հաճախորդների լավագույն { $share }-ը ({ $count } հաճախորդ) բերում է հասույթի { $revenue }-ը

## «Գծապատկերներ» ներդիրի կանխատեսումը։

charts-show-backtest = Ցույց տալ ստուգումը. ինչ կկանխատեսեր մոդելն անցած ամիսների համար
charts-legend-range-95 = 95% միջակայք
charts-legend-range-80 = 80% միջակայք
charts-legend-forecast = Կանխատեսում
charts-legend-so-far = Այս ամիս՝ մինչ այժմ
charts-legend-backtest = Ստուգման կանխատեսումներ

## «Գծապատկերներ» ներդիրի կոհորտները և ալիքները։

charts-cohorts-came-back = Վերադարձած հաճախորդներ
charts-cohorts-revenue = Հասույթ մեկ հաճախորդից
# Կոհորտների չափերի սյունակի վերևում։
charts-cohorts-customers = հաճախորդներ
# Կոհորտների ցանցի բջիջ. $month՝ կոհորտի առաջին ամիսը. $active՝ պատվեր տված հաճախորդները՝ ինչպես գրված է էկրանին. $customers՝ կոհորտի հաճախորդները՝ ինչպես գրված է էկրանին. $period՝ առաջինից անցած ամիսները. $share՝ պատվեր տվածների բաժինը. $revenue՝ նրանց հասույթը. $per_customer՝ մինչ այժմ հասույթը մեկ հաճախորդի հաշվով։
charts-cohort-tip = { $month }. { $customers } հաճախորդից { $active }-ը պատվեր է տվել առաջին ամսից { $period } ամիս անց ({ $share }). հասույթ՝ { $revenue }, մինչ այժմ՝ { $per_customer } մեկ հաճախորդի հաշվով
charts-channels-where = Որտեղ են առաջին անգամ գնել
charts-channels-customers = Հաճախորդներ
charts-channels-back-90 = Վերադարձել են
    90 օրում
charts-channels-back-365 = Վերադարձել են
    մեկ տարում
charts-channels-revenue = Հասույթ մեկ հաճախորդից
    առաջին տարում
charts-channels-tier-a = A մակարդակ
charts-channels-tier-b = B մակարդակ
charts-channels-tier-c = C մակարդակ
# $repeated՝ վերադարձած հաճախորդները՝ ինչպես գրված է էկրանին. $eligible՝ բավական վաղուց առաջին անգամ տեսած հաճախորդները՝ ինչպես գրված է էկրանին։
charts-channels-back-90-tip = Առնվազն 90 օր առաջ առաջին անգամ տեսած { $eligible } հաճախորդից { $repeated }-ը
# Նույնը՝ մեկ տարվա համար։
charts-channels-back-365-tip = Առնվազն մեկ տարի առաջ առաջին անգամ տեսած { $eligible } հաճախորդից { $repeated }-ը
