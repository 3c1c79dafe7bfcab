## «Հաճախորդներ» ներդիրը։

customers-title = Հաճախորդներ
customers-loading = Հաճախորդները բեռնվում են…
customers-search-hint = Անուն, կոդ, էլ. փոստ, հեռախոս, քաղաք (Ctrl+F)
customers-clear = Մաքրել
customers-save-spreadsheet = Պահպանել աղյուսակով…
customers-save-spreadsheet-hint = Ցուցակի հաճախորդները (որոնումից հետո)՝ Excel աշխատագրքով (.xlsx) կամ CSV ֆայլով
# Այլ էկրանից բացված ցուցակ. $what՝ ինչ հաճախորդներ են (օրինակ՝ սեգմենտի անունը). $count՝ քանիսը. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
customers-showing-only = { $count ->
        [one] Ցուցադրվում են միայն՝ { $what } ({ $shown } հաճախորդ)
       *[other] Ցուցադրվում են միայն՝ { $what } ({ $shown } հաճախորդ)
    }
customers-show-all = Ցույց տալ բոլորին
# Բոլոր հաճախորդներին պահպանելիս առաջարկվող ֆայլի անունը՝ առանց ընդլայնման։
customers-file-name = Հաճախորդներ
# $count՝ քանի հաճախորդ ունի խանութը. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
customers-count = { $count ->
        [one] { $shown } հաճախորդ
       *[other] { $shown } հաճախորդ
    }
# $count՝ որոնմանը համապատասխանող հաճախորդները, $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $total՝ բոլոր հաճախորդները, ինչպես գրված է էկրանին։
customers-match = { $count ->
        [one] { $total } հաճախորդից համապատասխանում է { $shown }-ը
       *[other] { $total } հաճախորդից համապատասխանում է { $shown }-ը
    }

## «Հաճախորդներ» աղյուսակի սյունակների վերնագրերը։

customers-column-name = Անուն
customers-column-reference = Կոդ
customers-column-email = Էլ. փոստ
customers-column-phone = Հեռախոս
customers-column-city = Քաղաք
customers-column-orders = Պատվերներ
customers-column-revenue = Հասույթ
customers-column-last-order = Վերջին պատվեր
customers-sort-hint = Դասավորել ըստ այս սյունակի. կրկին սեղմեք՝ հակառակ կարգի համար
# Անանուն հաճախորդ, որին խանութը ճանաչում է իր կոդով ($reference)։
customers-unnamed-ref = { $reference } կոդով հաճախորդ
# Առանց անվան և կոդի հաճախորդ, որին ճանաչում են իր համարով ($id)։
customers-unnamed = № { $id } հաճախորդ

## Հաճախորդի մանրամասները՝ «Հաճախորդներ» ներդիրի աջ կողմում։

customers-close = × Փակել
customers-close-hint = Փակել մանրամասները (Esc)
customers-undo = Հետարկել
customers-undo-hint = Հետարկել վերջին փոփոխությունը (Ctrl+Z)
customers-redo = Կրկնել
customers-redo-hint = Կրկնել (Ctrl+Shift+Z)
# $id՝ հաճախորդի համարը։
customers-loading-one = № { $id } հաճախորդը բեռնվում է…
# Փաստեր հաճախորդի անվան տակ՝ միացված « · »-ով. $id՝ հաճախորդի համարը։
customers-fact-id = № { $id } հաճախորդ
# $reference՝ խանութի սեփական կոդը հաճախորդի համար։
customers-fact-ref = կոդ՝ { $reference }
# $source՝ ֆայլը, որից ներմուծվել է հաճախորդը։
customers-fact-source = աղբյուր՝ { $source }
# $date՝ հաճախորդի ավելացման օրը։
customers-fact-added = ավելացվել է { $date }
# $ids՝ սրա մեջ միավորված կոնտակտների համարները։
customers-absorbed = Պարունակում է նաև № { $ids } կոնտակտների գրառումները։
customers-other-columns = Աղբյուրի այլ սյունակներ
customers-birth-date-hint = ՏՏՏՏ-ԱԱ-ՕՕ

## Հաճախորդի պատվերները՝ մանրամասների ներքևում։

# $count՝ քանի պատվեր. $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $lines՝ քանի տող. $shown_lines՝ նույն թիվը, ինչպես գրված է էկրանին. $amount՝ դրանց ընդհանուր գումարը։
customers-orders-summary = { $count ->
        [one] { $shown } պատվեր
       *[other] { $shown } պատվեր
    } · { $lines ->
        [one] { $shown_lines } տող
       *[other] { $shown_lines } տող
    } · { $amount }
customers-no-purchases = Գնումներ դեռ չկան։
customers-no-receipt = առանց կտրոնի համարի
customers-no-product = (առանց ապրանքի)
