## Հրամանի տողի հաղորդումն արվածի մասին։

cli-erase-nobody = Ոչ մի հաճախորդ չի համապատասխանում. ջնջելու բան չկա։
cli-erase-needs-yes = ոչինչ չի ջնջվել. ջնջելու համար նորից գործարկեք հրամանը --yes տարբերակով
cli-subject-written = № { $customer } հաճախորդի մասին պահվող ամբողջ տեղեկությունը ({ $lines } վաճառքի տող) պահպանվեց { $path } ֆայլում։
cli-backup-written = Պահուստային պատճենը պահպանվեց { $path } ֆայլում։
cli-backup-holds = { $path } ֆայլը պարունակում է { $customers } հաճախորդ և { $lines } վաճառքի տող, ժամանակահատվածը՝ { $first } – { $last }։
cli-restore-needs-yes = ոչինչ չի վերականգնվել. վերականգնելու համար նորից գործարկեք հրամանը --yes տարբերակով
cli-restored = { $path } ֆայլը վերականգնվեց. այդ ժամանակից ի վեր ջնջված { $erased } հաճախորդը կրկին ջնջվեց։
cli-customers-shown = Ցուցադրված է { $of } հաճախորդից { $shown }-ը (ավելին տեսնելու համար օգտագործեք --limit)
cli-merged = Միավորվեց. { $absorbed } → { $survivor }։
cli-merge-undone = № { $merge } միավորումը չեղարկվեց. № { $absorbed } հաճախորդը ({ $absorbed-name }) կրկին առանձին հաճախորդ է, իսկ № { $survivor } հաճախորդին ({ $survivor-name }) վերադարձվել են իր արժեքները, որտեղ միավորումը փոխել էր դրանք։
cli-demo-saved = Փորձնական խանութը պահպանվեց { $path } ֆայլում. { $customers } հաճախորդ, { $orders } պատվեր, { $lines } վաճառքի տող, հասույթ՝ { $revenue } ({ $first } – { $last })։
cli-imported = { $file } ֆայլից ներմուծվեց { $read } տողից { $imported }-ը՝ որպես № { $batch } ներմուծում։
cli-checked = { $file } ֆայլը ստուգվեց (ոչինչ չի պահպանվել). { $read } տողից կներմուծվեր { $imported }-ը։
cli-import-counts = { $contacts } նոր կոնտակտ, { $sales } վաճառքի տող (որից { $known }-ը՝ արդեն հայտնի հաճախորդների)։
cli-import-problems = { $rejected } տող մերժվեց, { $warnings } արժեք մի կողմ դրվեց զգուշացումով.
cli-import-more-problems = … (բոլորի համար՝ clientele imports կամ --errors-out FILE.csv)
cli-basket-summary = { $orders } պատվեր, { $items } ապրանք. { $itemsets } հաճախակի ապրանքախումբ, { $rules } կանոն։
cli-basket-written = { $what ->
    [rules] Կանոնները
   *[other] Հաճախակի ապրանքախմբերը
} պահպանվեցին { $path } ֆայլում։
cli-recommend-written = { $customers } հաճախորդի համար { $rows } առաջարկ պահպանվեց { $path } ֆայլում։
cli-forecast-written = Պատմությունը և կանխատեսումը պահպանվեցին { $path } ֆայլում։
cli-cohorts-written = { $cohorts } կոհորտ պահպանվեց { $path } ֆայլում։
cli-rfm-written = { $customers } հաճախորդի RFM-ը { $as-of } դրությամբ պահպանվեց { $path } ֆայլում։
cli-feedback-terms-written = { $rows } տերմին պահպանվեց { $path } ֆայլում։
cli-feedback-unhappy-written = { $rows } դժգոհ հաճախորդ պահպանվեց { $path } ֆայլում։
cli-feedback-added = № { $id } կարծիքն ավելացվեց № { $customer } հաճախորդի համար։
cli-feedback-resolved = № { $id } կարծիքը նշվեց որպես լուծված։
cli-feedback-no-such-language = տերմինների աղյուսակը «{ $code }» լեզուն չի կարդում. օգտագործեք en, fr, ru, zh կամ hy
cli-feedback-overall = բոլորը
cli-feedback-dates-ambiguous = Բոլոր ամսաթվերը համապատասխանում են և՛ օր/ամիս, և՛ ամիս/օր ձևին. կարդացվել են խանութի լոկալով (ընտրելու համար նշեք --date-format)։
cli-predict-written = { $customers } հաճախորդի կանխատեսումները { $as-of } դրությամբ պահպանվեցին { $path } ֆայլում։
cli-segment-saved = «{ $name }» սեգմենտը պահպանվեց. { $as-of } դրությամբ դրան համապատասխանում է { $members } հաճախորդ։
cli-sales-written = { $lines } վաճառքի տող պահպանվեց { $path } ֆայլում։
cli-customers-written = { $customers } հաճախորդ պահպանվեց { $path } ֆայլում (ցուցանիշները՝ { $as-of } դրությամբ)։
cli-report-written = { $from } – { $to } ժամանակահատվածի հաշվետվությունը պահպանվեց { $path } ֆայլում ({ $kb } ԿԲ)։
cli-report-not-translated = Հաշվետվությունը դեռ թարգմանված չէ «{ $code }» լեզվով. այն գրվում է անգլերենով։
cli-cannot-write = հնարավոր չէ պահպանել { $path } ֆայլը
cli-demo-not-saved = փորձնական խանութը հնարավոր չեղավ պահպանել

cli-import-undone = № { $batch } ներմուծումը չեղարկվեց. հեռացվեց { $sales } վաճառքի տող և { $contacts } կոնտակտ{ $kept ->
    [0] {""}
   *[other] , իսկ դրա ստեղծած { $kept } կոնտակտը պահպանվեց, քանի որ դրանք օգտագործվում են հետագա ներմուծումներում կամ միավորումներում
}։
cli-erase-preview = Ջնջումը կհեռացնի { $customers } հաճախորդ ({ $contacts } կոնտակտային գրառում)՝ նրանց անունները, հասցեները, էլ. փոստերը, հեռախոսները և մյուս սյունակները, ներմուծման խնդիրների { $problems } տող, միավորման { $merges } պահված վիճակ, «նույն անձը չէ» { $pairs } որոշում, համաձայնության { $consent } որոշում, և նրանց արժեքներն աուդիտի մատյանի { $audit } տողում։ Նրանց { $lines } վաճառքի տողը մնում է՝ անանուն գրառումներով։
cli-erased = Ջնջվեց { $customers } հաճախորդ ({ $contacts } կոնտակտային գրառում)՝ նրանց անունները, հասցեները, էլ. փոստերը, հեռախոսները և մյուս սյունակները, ներմուծման խնդիրների { $problems } տող, միավորման { $merges } պահված վիճակ, «նույն անձը չէ» { $pairs } որոշում, համաձայնության { $consent } որոշում, և նրանց արժեքներն աուդիտի մատյանի { $audit } տողում։ Նրանց { $lines } վաճառքի տողը մնում է՝ անանուն գրառումներով։
cli-customer = { $name ->
    [none] № { $id } հաճախորդ
   *[other] № { $id } հաճախորդ ({ $name })
}
cli-merge-numbers = Միավորման { $count ->
    [one] համար
   *[other] համարներ
}՝ { $numbers }. չեղարկելու համար՝ clientele unmerge { $undo }
cli-merged-all = { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) } շեմով միավորվեց { $groups } խումբ. { $absorbed } հաճախորդ միավորվեց այլ հաճախորդների հետ (տե՛ս clientele merges. չեղարկելու համար՝ clientele unmerge)։
cli-set-aside = { $orders ->
    [one] { $orders } պատվեր՝ «{ $status }» կարգավիճակով ({ $amount }), պահպանվել է, բայց չի հաշվվել։
   *[other] { $orders } պատվեր՝ «{ $status }» կարգավիճակով ({ $amount }), պահպանվել է, բայց չի հաշվվել։
}
basket-rule = { $antecedents } պարունակող 10 պատվերից { $per-ten }-ում կա նաև { $consequents }, միջինից { NUMBER($lift, minimumFractionDigits: 1, maximumFractionDigits: 1) } անգամ ավելի հաճախ ({ $orders } պատվեր)
cli-feedback-bad-score = «{ $value }» արժեքը { $scale } սանդղակի գնահատական չէ ({ $scale ->
    [nps] 0-ից մինչև 10
    [thumbs] up կամ down
   *[other] 1-ից մինչև 5
})
