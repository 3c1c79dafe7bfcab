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
