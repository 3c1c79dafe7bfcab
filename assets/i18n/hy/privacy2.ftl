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
