## Մատյանի էկրանը։

privacy2-audit-title = Մատյան
privacy2-audit-intro = Ով, ինչ և երբ է արել խանութի տվյալների հետ՝ նորերը վերևում։ Ջնջված հաճախորդների տողերում նրանց տվյալները չկան։
privacy2-audit-kind = Տեսակ՝
privacy2-audit-every-kind = Բոլոր տեսակները
privacy2-audit-search = Որոնում՝
privacy2-audit-none = Համապատասխան տող չկա։
privacy2-audit-newer = Ավելի նոր
privacy2-audit-older = Ավելի հին
privacy2-audit-when = Երբ
privacy2-audit-what = Ինչ
privacy2-audit-details = Մանրամասներ
privacy2-audit-kind-import = Ներմուծում
privacy2-audit-kind-undo-import = Ներմուծումը չեղարկվեց
privacy2-audit-kind-merge = Միավորում
privacy2-audit-kind-unmerge = Միավորումը չեղարկվեց
privacy2-audit-kind-edit = Խմբագրում
privacy2-audit-kind-erase = Ջնջում
privacy2-audit-kind-export = Արտահանում
privacy2-audit-kind-campaign = Արշավ
privacy2-audit-kind-consent = Համաձայնություն
privacy2-audit-kind-contact-note = Կապի նշում
privacy2-audit-kind-add-feedback = Կարծիք ավելացվեց
privacy2-audit-kind-resolve-feedback = Բողոքը լուծվեց
privacy2-audit-kind-not-duplicate = Նույն անձը չէ
privacy2-audit-kind-not-duplicate-removed = «Նույն անձը չէ» նշումը հանվեց
privacy2-audit-kind-settings = Կարգավորումներ
privacy2-audit-kind-segment-saved = Սեգմենտը պահպանվեց
privacy2-audit-kind-segment-deleted = Սեգմենտը ջնջվեց
privacy2-audit-kind-clear = Խանութը դատարկվեց
privacy2-audit-lines = { $count ->
    [one] Տող { $first }՝ { $total }-ից
   *[other] Տողեր { $first }–{ $last }՝ { $total }-ից
}
privacy2-audit-detail = { $details }
privacy2-audit-kind-backup = Պահուստային պատճեն
privacy2-audit-kind-restore = Վերականգնում պահուստային պատճենից
