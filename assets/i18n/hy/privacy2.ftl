## Մարքեթինգային ցուցակներ՝ ըստ ալիքի, համաձայնությունների ծածկույթ, հաճախորդի տվյալները PDF-ով։

privacy2-withheld = Չի արտահանվել համաձայնության բացակայության պատճառով՝ { $left-out ->
    [one] { $left-out } հաճախորդ դուրս է մնացել
   *[other] { $left-out } հաճախորդ դուրս է մնացել
}, { $emails ->
    [one] { $emails } էլ. հասցե
   *[other] { $emails } էլ. հասցե
}, { $phones ->
    [one] { $phones } հեռախոսահամար
   *[other] { $phones } հեռախոսահամար
}, { $addresses ->
    [one] { $addresses } փոստային հասցե
   *[other] { $addresses } փոստային հասցե
}։
privacy2-marketing-list-saved = { $customers ->
    [one] { $customers } հաճախորդ պահպանվեց
   *[other] { $customers } հաճախորդ պահպանվեց
} { $path } ֆայլում։ Չի արտահանվել համաձայնության բացակայության պատճառով՝ { $left-out ->
    [one] { $left-out } հաճախորդ դուրս է մնացել
   *[other] { $left-out } հաճախորդ դուրս է մնացել
}, { $emails ->
    [one] { $emails } էլ. հասցե
   *[other] { $emails } էլ. հասցե
}, { $phones ->
    [one] { $phones } հեռախոսահամար
   *[other] { $phones } հեռախոսահամար
}, { $addresses ->
    [one] { $addresses } փոստային հասցե
   *[other] { $addresses } փոստային հասցե
}։
privacy2-report-consent = Համաձայնություն
privacy2-report-consent-note = Ինչ են պատասխանել { $v1 } հաճախորդները՝ ըստ ալիքի, ինչպես ֆայլում է այսօր (ոչ միայն ժամանակահատվածում)։ Չի հարցվել՝ պատասխան գրանցված չէ։
privacy2-report-consent-none = Դեռ հաճախորդներ չկան։
privacy2-report-channel = Ալիք
privacy2-report-yes = Այո
privacy2-report-no = Ոչ
privacy2-report-unknown = Չի հարցվել
privacy2-report-count-share = { $v1 } ({ $v2 })
privacy2-report-email = Էլ. փոստ
privacy2-report-sms = SMS
privacy2-report-post = Փոստ
privacy2-report-phone = Հեռախոս
privacy2-pdf-title = Հաճախորդ { $customer }-ի մասին պահվող բոլոր տվյալները
privacy2-pdf-intro = Կազմվել է { $day }-ին՝ հաճախորդի խնդրանքով. խանութի ֆայլում նրա մասին պահվող բոլոր տվյալները՝ գնումներ, միավորումներ, համաձայնություններ, արշավներ, կապեր, կարծիքներ և նրա տվյալների հետ կատարված գործողությունների մատյանը։
privacy2-pdf-empty = Ոչինչ։
privacy2-pdf-item = № { $n }
privacy2-pdf-details = Կոնտակտային տվյալներ
privacy2-pdf-extra = Ներմուծված ֆայլերի այլ սյունակներ
privacy2-pdf-consent = Համաձայնությունն այժմ
privacy2-pdf-consent-history = Համաձայնության պատմություն
privacy2-pdf-sales = Գնումներ
privacy2-pdf-merges = Միավորումներ
privacy2-pdf-campaigns = Արշավներ
privacy2-pdf-contact-history = Կապերի պատմություն
privacy2-pdf-feedback = Կարծիքներ
privacy2-pdf-audit = Այս տվյալների հետ գործողությունների մատյան
privacy2-key-customer = Հաճախորդի համար
privacy2-key-contact = Գրառում
privacy2-key-source = Աղբյուր
privacy2-key-created = Ավելացվել է
privacy2-key-updated = Փոփոխվել է
privacy2-key-merged-contacts = Միավորված գրառումներ
privacy2-key-fields = Դաշտեր
privacy2-key-channel = Ալիք
privacy2-key-state = Պատասխան
privacy2-key-decided-on = Որոշման օր
privacy2-key-recorded-at = Գրանցվել է
privacy2-key-batch = Ներմուծում
privacy2-key-id = Համար
privacy2-key-order = Պատվեր
privacy2-key-sold-at = Վաճառքի օր
privacy2-key-product = Ապրանք
privacy2-key-category = Կատեգորիա
privacy2-key-quantity = Քանակ
privacy2-key-amount = Գումար
privacy2-key-merge = Միավորում
privacy2-key-survivor = Պահված գրառում
privacy2-key-absorbed = Միավորված գրառում
privacy2-key-saved = Արժեքները մինչև միավորումը
privacy2-key-score = Միավոր
privacy2-key-decided-by = Ով է որոշել
privacy2-key-merged-at = Միավորվել է
privacy2-key-undone-at = Չեղարկվել է
privacy2-key-campaign = Արշավ
privacy2-key-goal = Նպատակ
privacy2-key-start-date = Սկիզբ
privacy2-key-group = Խումբ
privacy2-key-segment = Սեգմենտ
privacy2-key-at = Երբ
privacy2-key-kind = Տեսակ
privacy2-key-note = Նշում
privacy2-key-date = Ամսաթիվ
privacy2-key-text = Տեքստ
privacy2-key-status = Կարգավիճակ
privacy2-key-resolved-at = Լուծվել է
privacy2-key-resolved-note = Լուծման նշում
privacy2-key-action = Գործողություն
privacy2-key-detail = Մանրամասներ
privacy2-export-pdf-button = Արտահանել PDF-ով
privacy2-export-pdf-hover = Այս հաճախորդի մասին բոլոր տվյալները գրել PDF ֆայլում՝ տվյալների բազայի կողքի exports պանակում
privacy2-pdf-merged-records = Այս հաճախորդի հետ միավորված գրառումներ
