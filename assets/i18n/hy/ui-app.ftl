
## Պատուհանի վերին գոտին, ընտրացանկերը, երկխոսությունները և կարգավիճակի տողը։

app-the-database-could-not-be = Տվյալների բազան հնարավոր չեղավ բացել
app-start-clientele-with-db-path = Այլ ֆայլ բացելու համար գործարկեք Clientele-ը --db PATH տարբերակով կամ փակեք այն ծրագիրը, որն օգտագործում է այս ֆայլը։
app-clientele = Clientele
app-shop-settings = Խանութի կարգավորումներ…
app-shop-name-locale-dates-numbers = Խանութի անունը, լոկալը (ամսաթվեր, թվեր), արժույթը, հեռախոսահամարների երկիրը
app-the-database-file-everything-clientele = Տվյալների բազայի ֆայլը. Clientele-ի իմացած ամեն ինչ այստեղ է։
app-cancel = Չեղարկել

## Պատուհանի թեմայի ընտրացանկը՝ վերևում աջից։

app-theme = Թեմա
app-theme-system = Համակարգի թեման
app-theme-light = Բաց
app-theme-dark = Մուգ

## Պատուհանի աշխատանքները՝ կարգավիճակի տողում։

app-job-starting = Սկսվում է
app-job-saving-customers = Հաճախորդների պահպանում
app-job-insights = Սեգմենտների և գծապատկերների հաշվարկ
app-job-forecast = Կանխատեսում
app-job-demo = Փորձնական խանութ
# $job-ը կատարվող աշխատանքն է, $stage-ը՝ որքանով է այն առաջ գնացել։
app-job-stage = { $job }. { $stage }
# $customers, $orders՝ քանակներ. $shown_customers, $shown_orders՝ նույնը, ինչպես գրված են էկրանին. $revenue՝ գումար։
app-status-figures = { $customers ->
        [one] { $shown_customers } հաճախորդ
       *[other] { $shown_customers } հաճախորդ
    } · { $orders ->
        [one] { $shown_orders } պատվեր
       *[other] { $shown_orders } պատվեր
    } · հասույթ՝ { $revenue }

## Հաղորդագրություններ կարգավիճակի տողում։

# $path՝ որտեղ է պահպանվել նկարը։
app-chart-saved = Գծապատկերը պահպանվեց { $path } ֆայլում։
# $path՝ ֆայլը. $error՝ ինչն է սխալ։
app-not-written = Հնարավոր չեղավ գրել { $path } ֆայլը. { $error }
# $error՝ ինչն է սխալ։
app-worker-not-started = ֆոնային գործընթացը հնարավոր չեղավ գործարկել. { $error }
app-busy = Clientele-ը զբաղված է. փորձեք մի փոքր ուշ։
app-settings-saved = Կարգավորումները պահպանվեցին։
app-nothing-to-undo = Հետարկելու բան չկա։
app-nothing-to-redo = Կրկնելու բան չկա։
app-drop-file = Թողեք ֆայլն այստեղ՝ այն ներմուծելու համար
# $field՝ դաշտի անունը. $error՝ պատճառը։
app-edit-failed = «{ $field }» դաշտը չփոխվեց. { $error }
# $count՝ քանի հաճախորդ. $shown՝ նույն թիվը, ինչպես գրված է էկրանին։
app-merged = { $count ->
        [one] { $shown } հաճախորդ միավորվեց. միավորումը կարելի է չեղարկել պատմությունից։
       *[other] { $shown } հաճախորդ միավորվեց. միավորումը կարելի է չեղարկել պատմությունից։
    }
# $batch՝ ներմուծման համարը. $sales, $contacts՝ քանի վաճառքի տող և կոնտակտ հեռացվեց, ինչպես գրված է էկրանին։
app-import-undone = № { $batch } ներմուծումը չեղարկվեց. հեռացվեց { $sales } վաճառքի տող և { $contacts } կոնտակտ։
# Նույնը. $kept՝ քանի կոնտակտ պահպանվեց, ինչպես գրված է էկրանին։
app-import-undone-kept = № { $batch } ներմուծումը չեղարկվեց. հեռացվեց { $sales } վաճառքի տող և { $contacts } կոնտակտ. դրա ստեղծած { $kept } կոնտակտը պահպանվեց, քանի որ դրանք օգտագործվում են հետագա ներմուծումներում կամ միավորումներում։
# Խմբագրված դաշտ. $field՝ դաշտի անունը. $id՝ հաճախորդի համարը. $value՝ նոր արժեքը։
app-edit-saved = Պահպանվեց. № { $id } հաճախորդի «{ $field }» դաշտն այժմ «{ $value }» է։
app-edit-saved-empty = Պահպանվեց. № { $id } հաճախորդի «{ $field }» դաշտն այժմ դատարկ է։
app-edit-undone = Հետարկվեց. № { $id } հաճախորդի «{ $field }» դաշտն այժմ «{ $value }» է։
app-edit-undone-empty = Հետարկվեց. № { $id } հաճախորդի «{ $field }» դաշտն այժմ դատարկ է։
app-edit-redone = Կրկնվեց. № { $id } հաճախորդի «{ $field }» դաշտն այժմ «{ $value }» է։
app-edit-redone-empty = Կրկնվեց. № { $id } հաճախորդի «{ $field }» դաշտն այժմ դատարկ է։
