## Արշավի հաշվետվությունը (PDF) և հրամանի տողի պատասխանը։

campaign-report-title = Արշավի հաշվետվություն՝ { $name }
campaign-report-prepared = Պատրաստված է { $date }։ Վաճառքները հաշված են { $start }-ից { $to }։
campaign-report-window-open = Արձագանքի ժամկետը դեռ բաց է. այն ավարտվում է { $end }։
campaign-report-about = Արշավը
campaign-report-field = Կարգավորում
campaign-report-value = Արժեք
campaign-report-name = Անվանում
campaign-report-goal = Նպատակ
campaign-report-target = Ում
campaign-report-rule = Նեղացված է կանոնով
campaign-report-channel = Ալիք
campaign-report-start = Սկիզբ
campaign-report-window = Արձագանքի ժամկետ
campaign-report-window-days = { $days ->
    [one] { $days } օր
   *[other] { $days } օր
}, { $start }-ից { $end }
campaign-report-response = Ինչն է համարվում արձագանք
campaign-report-response-any = ցանկացած պատվեր
campaign-report-response-product = { $name } ապրանքով պատվեր
campaign-report-response-category = { $name } կատեգորիայից պատվեր
campaign-report-response-revenue = զրոյից մեծ գումարով պատվեր
campaign-report-cost = Մեկ կապի արժեքը
campaign-report-cost-none = նշված չէ
campaign-report-control-share = Թողնված է վերահսկիչ խմբում
campaign-report-seed = Վիճակահանության սերմ
campaign-report-groups = Կապ հաստատվածները և վերահսկիչ խումբը
campaign-report-group = Խումբ
campaign-report-customers = Հաճախորդներ
campaign-report-responders = Արձագանքողներ
campaign-report-rate = Արձագանքի տոկոս
campaign-report-revenue-per-customer = Հասույթ մեկ հաճախորդի հաշվով
campaign-report-orders-per-customer = Պատվեր մեկ հաճախորդի հաշվով
campaign-report-target-group = Կապ հաստատված (թիրախ)
campaign-report-control-group = Վերահսկիչ խումբ
campaign-report-chart-note = Յուրաքանչյուր խմբի արձագանքի տոկոսը. սյան վրայի գիծը ցույց է տալիս 95% միջակայքը։
campaign-report-brought = Ինչ տվեց կապը
campaign-report-measure = Ցուցանիշ
campaign-report-interval = 95% միջակայք
campaign-report-range = { $low }-ից { $high }
campaign-report-points = { $points } կետ
campaign-report-rate-uplift = Արձագանքի տոկոսի հավելաճ
campaign-report-rpc-uplift = Մեկ հաճախորդի հասույթի հավելաճ
campaign-report-extra-responders = Լրացուցիչ գնորդներ
campaign-report-extra-revenue = Լրացուցիչ հասույթ
campaign-report-total-cost = Կապերի արժեքը
campaign-report-net = Զուտ արդյունք (լրացուցիչ հասույթ՝ հանած արժեքը)
campaign-report-per-cost = Լրացուցիչ հասույթ ծախսի մեկ միավորի հաշվով
campaign-report-verdict = Եզրակացություն
campaign-report-left-out = Ովքեր չներառվեցին
campaign-report-reason = Պատճառ
campaign-report-left-total = Ընդամենը
campaign-report-left-none = Ոչ ոք. թիրախի յուրաքանչյուր հաճախորդի հետ կարելի էր կապ հաստատել այս ալիքով։
campaign-report-written = «{ $name }» արշավի հաշվետվությունը գրված է { $path } ({ $kb } ԿԲ)։

## Արշավներ ներդիրը՝ հաշվետվության կոճակը և գումարները։

campaigns-report-save = Պահել հաշվետվությունը (PDF)
campaigns-report-job = Պատրաստվում է արշավի հաշվետվությունը
campaigns-rpc-uplift = Հասույթ մեկ հաճախորդի հաշվով՝ { $diff }-ով ավելի, քան վերահսկիչ խմբում (95% վստահությամբ՝ { $low }-ից { $high })
campaigns-extra-revenue = Լրացուցիչ հասույթ՝ { $revenue }
campaigns-return = Արժեքը՝ { $cost }, զուտ արդյունքը՝ { $net }, { $per } լրացուցիչ հասույթ ծախսի մեկ միավորի հաշվով
