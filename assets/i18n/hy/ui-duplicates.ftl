## «Կրկնօրինակներ» ներդիրը։

duplicates-title = Կրկնօրինակներ

## «Կրկնօրինակներ» ներդիրի պիտակները, կոճակները և հուշումները։

duplicates-duplicates = Կրկնօրինակներ
duplicates-find-duplicates-again = Կրկին որոնել
duplicates-compares-every-customer-with-the = Համեմատում է յուրաքանչյուր հաճախորդին նրա հավանական համընկնումների հետ. արդեն կայացված որոշումները պահպանվում են
duplicates-looking-for-customers-registered-more = Որոնվում են մեկից ավելի անգամ գրանցված հաճախորդներ…
duplicates-groups-below-the-threshold-look = Շեմից ցածր խմբեր. դիտեք դրանք առանձին. ոչ մեկը չի միավորվում, քանի դեռ դուք չեք խնդրել
duplicates-no-likely-duplicates-found-every = Հավանական կրկնօրինակներ չգտնվեցին. կարծես յուրաքանչյուր հաճախորդ գրանցված է մեկ անգամ։
duplicates-these-groups-are-below-the = Այս խմբերն առաջարկվող շեմից ցածր են. մեծ մասը տարբեր մարդիկ են, որոնց անունը կամ հասցեն համընկնում է։
duplicates-previous-group = Նախորդ խումբը (←)
duplicates-next-group = Հաջորդ խումբը (→)
duplicates-marked-as-different-people = Նշված է որպես տարբեր մարդիկ
duplicates-skipped = Բաց է թողնված
duplicates-merge-anyway = Այնուամենայնիվ միավորել
duplicates-merge-y = Միավորել (Y)
duplicates-not-the-same-person-n = Նույն անձը չէ (N)
duplicates-skip-s = Բաց թողնել (S)
duplicates-keep-this-customer-s-number = Պահել այս հաճախորդի համարը. մյուսները կմիավորվեն նրա մեջ
duplicates-after-merging = Միավորումից հետո
duplicates-reference = Կոդ
duplicates-keep-this-value = Պահել այս արժեքը
duplicates-merge-every-group-above = Միավորել վերևի բոլոր խմբերը
duplicates-merge-them = Միավորել դրանք…
duplicates-merge = Միավորել
duplicates-cancel = Չեղարկել
duplicates-merge-history = Միավորումների պատմություն
duplicates-no-customers-have-been-merged = Դեռ ոչ մի հաճախորդ չի միավորվել։
duplicates-unmerge = Չեղարկել միավորումը

## «Կրկնօրինակներ» ներդիրի աշխատանքները՝ կարգավիճակի տողում։

duplicates-job-find = Կրկնօրինակների որոնում
duplicates-job-merge-one = Միավորում
duplicates-job-merge-many = Կրկնօրինակների միավորում
duplicates-job-starting = Սկսվում է

## «Կրկնօրինակներ» ներդիրը. մեկ խմբի ստուգումը։

# $shown՝ քանի խումբ՝ ինչպես գրված է էկրանին։
duplicates-likely-tab = Հավանական կրկնօրինակներ ({ $shown })
# $shown՝ քանի խումբ՝ ինչպես գրված է էկրանին։
duplicates-unlikely-tab = Հնարավոր, քիչ հավանական ({ $shown })
# $at՝ խմբի տեղը ցուցակում. $count՝ քանի խումբ կա։
duplicates-group-of = Խումբ { $at } / { $count }
# $certainty՝ տոկոս։
duplicates-certainty-unlikely = Հնարավոր, քիչ հավանական. հավանականությունը՝ { $certainty }
# $certainty՝ տոկոս։
duplicates-certainty = Հավանականություն՝ { $certainty }
duplicates-cut-from-chain = Առանձնացված է ավելի երկար շղթայից. ստուգեք ուշադիր
duplicates-merged = Միավորված է
# $reason՝ ինչու են հաճախորդները նման մեկ մարդու։
duplicates-why = Պատճառը. { $reason }
# $reason՝ պատճառ. $certainty՝ տոկոս։
duplicates-reason-certainty = { $reason } (հավանականությունը՝ { $certainty })
# $id՝ հաճախորդի համարը։
duplicates-customer-kept = № { $id } հաճախորդ (պահվում է)
# $id՝ հաճախորդի համարը։
duplicates-customer = № { $id } հաճախորդ
# $n՝ քանի խումբ. $n_shown՝ նույն թիվը, ինչպես գրված է էկրանին. $m՝ քանի հաճախորդ է միավորվում այլոց մեջ. $m_shown՝ նույն թիվը, ինչպես գրված է էկրանին։
duplicates-merge-ask = Միավորե՞լ { $n ->
        [one] { $n_shown } խումբ
       *[other] { $n_shown } խումբ
    } ({ $m ->
        [one] { $m_shown } հաճախորդ
       *[other] { $m_shown } հաճախորդ
    } կմիավորվի այլոց մեջ)։ Յուրաքանչյուր միավորում կարելի է չեղարկել պատմությունից։

## «Կրկնօրինակներ» ներդիրի միավորումների պատմությունը. սյունակների վերնագրերը և բջիջները։

duplicates-history-merge = Միավորում
duplicates-history-kept = Պահված
duplicates-history-merged-into = Միավորվածներ
duplicates-history-certainty = Հավանականություն
duplicates-history-by = Ով
duplicates-history-when = Երբ
# $when՝ միավորման չեղարկման ամսաթիվը և ժամը։
duplicates-history-undone = չեղարկված՝ { $when }
# Ով է որոշել միավորումը։
duplicates-by-user = դուք
duplicates-by-auto = ավտոմատ

## «Կրկնօրինակներ» ներդիրի ամփոփումը և զանգվածային միավորումը։

# $groups՝ քանի խումբ. $shown_groups՝ նույնը, ինչպես գրված է էկրանին. $customers՝ քանի հաճախորդ. $shown_customers՝ նույնը, ինչպես գրված է էկրանին. $open՝ ստուգման սպասող խմբերը՝ ինչպես գրված է էկրանին. $threshold՝ տոկոս։
duplicates-summary = { $customers ->
        [one] { $shown_customers } հաճախորդի
       *[other] { $shown_customers } հաճախորդի
    } մեջ կա հավանական կրկնօրինակների { $groups ->
        [one] { $shown_groups } խումբ
       *[other] { $shown_groups } խումբ
    } (ստուգելու է մնացել { $open }-ը)։ Խմբերը ցուցադրվում են՝ սկսած ամենահավանականից. առաջարկվող շեմը { $threshold } է։
# $count՝ հաճախորդներ. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
duplicates-not-judgeable = { $count ->
        [one] { $shown } հաճախորդ չունի անուն, էլ. փոստ կամ հեռախոս և երբեք չի համեմատվում։
       *[other] { $shown } հաճախորդ չունի անուն, էլ. փոստ կամ հեռախոս և երբեք չի համեմատվում։
    }
# $n՝ քանի խումբ. $n_shown՝ նույն թիվը, ինչպես գրված է էկրանին. $m՝ քանի հաճախորդ է միավորվում այլոց մեջ. $m_shown՝ նույն թիվը, ինչպես գրված է էկրանին։
duplicates-bulk-count = { $n ->
        [one] { $n_shown } խումբ
       *[other] { $n_shown } խումբ
    }, { $m ->
        [one] { $m_shown } հաճախորդ
       *[other] { $m_shown } հաճախորդ
    } միավորված այլոց մեջ
