## «Զամբյուղներ» ներդիրը։

baskets-title = Զամբյուղներ

## «Զամբյուղներ» ներդիրի պիտակները, կոճակները և հուշումները։

baskets-what-sells-together = Ինչ է վաճառվում միասին
baskets-there-are-no-sales-yet = Վաճառքներ դեռ չկան։ Ներմուծեք վաճառքների ֆայլ կամ բեռնեք փորձնական խանութը։
baskets-look-at = Դիտել
baskets-in-at-least = Առնվազն
baskets-the-share-of-all-orders = Բոլոր պատվերների այն բաժինը, որոնցում ապրանքները միասին են. կանոնները վերահաշվվում են, երբ բաց եք թողնում սահիչը
baskets-of-orders = պատվերներում,
baskets-of-the-orders-with-the = Առաջին ապրանքներով պատվերներից նրանց բաժինը, որոնք պարունակում են նաև մյուսները
baskets-of-the-time = դեպքերում
baskets-only-rules-with = Միայն կանոններ, որոնցում կա
baskets-a-product = որևէ ապրանք
baskets-no-products-sell-together-this = Ոչ մի ապրանք այդքան հաճախ միասին չի վաճառվում. իջեցրեք շեմերը՝ ավելի թույլ կապերը տեսնելու համար։
baskets-customers-who-buy-also-buy = Ով գնում է …, գնում է նաև …
baskets-sort-by-this-highest-first = Դասավորել ըստ սրա՝ սկսած ամենաբարձրից
baskets-pairs-that-sell-together = Միասին վաճառվող զույգեր
baskets-no-two-products-are-bought = Դեռ ոչ մի երկու ապրանք բավական հաճախ միասին չի գնվում։
baskets-darker-bought-together-more-times = Ավելի մուգ՝ միասին գնվել են ավելի շատ անգամ, քան պատահականորեն կլիներ։
baskets-customers-to-offer = Ում առաջարկել
baskets-show-in-customers = Բացել Հաճախորդներում
baskets-open-the-customers-tab-showing = Բացել «Հաճախորդներ» ներդիրը՝ միայն այս հաճախորդներով
baskets-save-as-spreadsheet = Պահպանել աղյուսակով…
baskets-an-excel-workbook-xlsx-or = Excel աշխատագիրք (.xlsx) կամ CSV ֆայլ
baskets-customer = Հաճախորդ
baskets-because-they-bought = Որովհետև գնել է

## «Զամբյուղներ» ներդիրի ընտրությունները, կանոնները և առաջարկները։

baskets-products = ապրանքները
baskets-categories = կատեգորիաները
# $rules՝ քանի կանոն. $shown_rules՝ նույն թիվը, ինչպես գրված է էկրանին. $orders՝ քանի պատվեր. $shown_orders՝ նույն թիվը, ինչպես գրված է էկրանին։
baskets-rules-kept = { $orders ->
        [one] { $shown_orders } պատվերում
       *[other] { $shown_orders } պատվերում
    } այս շեմերով պահված է { $rules ->
        [one] { $shown_rules } կանոն
       *[other] { $shown_rules } կանոն
    }
baskets-column-orders = Պատվերներ
baskets-column-support = Աջակցություն
baskets-column-confidence = Վստահություն
baskets-column-lift = Անգամ ավելի հաճախ
# $a, $b՝ երկու ապրանք կամ կատեգորիա. $lift՝ քանի անգամ ավելի հաճախ՝ մեկ տասնորդականով։
baskets-pair-tip = { $a } և { $b }. միասին { $lift } անգամ ավելի հաճախ, քան պատահականորեն
baskets-next-product-tip = Ապրանքը, որը նրանք ամենայն հավանականությամբ կգնեն հաջորդը
baskets-next-category-tip = Կատեգորիան, որից նրանք ամենայն հավանականությամբ կգնեն հաջորդը
# $item՝ ապրանք. $count՝ քանի հաճախորդ։
baskets-offer-choice = { $item } ({ $count })
# $count՝ հաճախորդներ. $shown՝ նույն թիվը, ինչպես գրված է էկրանին. $item՝ ապրանքը։
baskets-best-next-product = { $count ->
        [one] { $shown } հաճախորդ, որի համար լավագույն հաջորդ ապրանքը { $item } է
       *[other] { $shown } հաճախորդ, որոնց համար լավագույն հաջորդ ապրանքը { $item } է
    }
# Նույնը՝ կատեգորիայի համար։
baskets-best-next-category = { $count ->
        [one] { $shown } հաճախորդ, որի համար լավագույն հաջորդ կատեգորիան { $item } է
       *[other] { $shown } հաճախորդ, որոնց համար լավագույն հաջորդ կատեգորիան { $item } է
    }
# Ցուցակի և դրա ֆայլի վերնագիրը. $item՝ ապրանք կամ կատեգորիա։
baskets-offer-title = Ում առաջարկել՝ { $item }
baskets-consented-only = Միայն մարքեթինգին համաձայնած հաճախորդները
