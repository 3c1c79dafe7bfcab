# Հրամանի տողի աղյուսակներն ու ամփոփումները։ Դրանց JSON-ը մնում է անգլերեն։

cli-settings-shop-name = խանութի անունը
cli-settings-locale = տարածաշրջանային ձևաչափ
cli-settings-currency = արժույթ
cli-settings-phone-country = հեռախոսների երկիրը
cli-settings-window-language = պատուհանի լեզուն
cli-settings-dates = 03/04/2025 տեսքի ամսաթվեր
cli-settings-dates-read = { $order ->
    [day] 2025 թ. ապրիլի 3 (նախ՝ օրը)
   *[month] 2025 թ. մարտի 4 (նախ՝ ամիսը)
}
cli-settings-exports = արտահանում
cli-settings-exports-read = տասնորդական նշան՝ { $decimal ->
    [comma] ստորակետ
   *[dot] կետ
}, CSV բաժանիչ՝ «{ $delimiter }»
cli-columns-read = Կարդացված սյունակներ՝
cli-kept-as-extra = պահվել են որպես լրացուցիչ՝ { $columns }
cli-stats-customers = հաճախորդներ
cli-stats-orders = պատվերներ
cli-stats-sale-lines = վաճառքի տողեր
cli-stats-revenue = հասույթ
cli-stats-first-sale = առաջին վաճառք
cli-stats-last-sale = վերջին վաճառք
cli-dedup-compared = Համեմատվել է { $customers } հաճախորդ ({ $pairs } թեկնածու զույգ). խորհուրդ տրվող շեմը՝ { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) }։
cli-dedup-fallback = Մոդելը չկարողացավ սովորել այս տվյալներից. օգտագործվել են լռելյայն կշիռները։
cli-dedup-not-judged = { $customers } հաճախորդ չունի անուն, էլ. փոստ կամ հեռախոս և չի համեմատվել։
cli-dedup-groups = { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) } շեմի դեպքում՝ հավանական կրկնօրինակների { $groups } խումբ. դրանց միավորումը { $absorbed } հաճախորդի կմիացնի ուրիշներին։
cli-dedup-shared-hint = Սակայն հաճախորդների { $pairs } զույգ ունեն նույն էլ. փոստը կամ հեռախոսը. փորձեք ավելի ցածր --threshold կամ ստուգեք այս հաճախորդներին ձեռքով։
cli-segments-as-of = { $as_of } դրությամբ՝ պատվերներով { $customers } հաճախորդ։
cli-segments-segment = սեգմենտ
cli-segments-tier = մակարդակ
cli-segments-customers = հաճախորդներ
cli-segments-revenue = հասույթ
cli-segments-share = բաժին
cli-segments-what-to-do = ինչ անել
cli-segments-top-20 = (լավագույն 20 % հաճախորդները բերում են հասույթի { $share } %-ը)
cli-segments-lifecycle = կյանքի ցիկլ (սովորական ընդմիջումը՝ { $gap } օր. ակտիվ՝ մինչև { $active } օր, վտանգի տակ՝ մինչև { $risk }, նոր = առաջին պատվերը վերջին 90 օրում)
cli-error = սխալ՝ { $message }
