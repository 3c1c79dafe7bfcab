## Ինչ է անում առաջադրանքը, ինչպես ավարտվեց, և ֆոնային գործընթացը։

stage-reading-sales = Վաճառքների ընթերցում
stage-reading-products = Ապրանքների և ալիքների ընթերցում
stage-reading-customers = Հաճախորդների ընթերցում
stage-working-out-segments = Սեգմենտների հաշվարկ
stage-forecasting = Մոդելի ընտրություն և կանխատեսում
stage-working-out-cohorts = Կոհորտների հաշվարկ
stage-working-out-channels = Ալիքների հաշվարկ
stage-predicting = Կանխատեսման մոդելների ուսուցում
stage-writing-file = Ֆայլի պահպանում
stage-laying-out-pages = Էջերի դասավորում
stage-drawing-preview = Նախադիտման պատրաստում
stage-merging = Միավորում
stage-erasing = Ջնջում
stage-creating-demo = Փորձնական խանութի ստեղծում
stage-saving-demo = Փորձնական խանութի պահպանում
stage-checking = { $file } ֆայլի ստուգում
stage-importing = { $file } ֆայլի ներմուծում
stage-checked-rows = Ստուգում. { $rows } տող
stage-imported-rows = Ներմուծում. { $rows } տող
stage-detecting-reading = Անունների, հեռախոսների և հասցեների ընթերցում
stage-detecting-learning-chance = Անծանոթների պատահական նմանության գնահատում
stage-detecting-finding-pairs = Հնարավոր զույգերի որոնում
stage-detecting-comparing-pairs = Հնարավոր զույգերի համեմատում
stage-detecting-estimating-model = Մոդելի գնահատում
stage-detecting-scoring-pairs = Զույգերի գնահատում
stage-finding-rules = Միասին վաճառվող ապրանքների որոնում
stage-done = Պատրաստ է
cancelled-demo = Փորձնական խանութի բեռնումը չեղարկվեց, ոչինչ չի փոխվել։
cancelled-check = Ստուգումը դադարեցվեց, ոչինչ չի պահպանվել։
cancelled-import = Ներմուծումը չեղարկվեց, ոչինչ չի փոխվել։
cancelled-merge = Միավորումը չեղարկվեց, ոչինչ չի միավորվել։
cancelled-erase = Ջնջումը չեղարկվեց, ոչինչ չի ջնջվել։
cancelled-find-duplicates = Կրկնօրինակների որոնումը չեղարկվեց։
cancelled-segments = Սեգմենտների հաշվարկը չեղարկվեց։
cancelled-report = Հաշվետվության պատրաստումը չեղարկվեց։
cancelled-baskets = Միասին վաճառվող ապրանքների որոնումը չեղարկվեց։
done-demo = Փորձնական խանութը պատրաստ է. { $customers } հաճախորդ՝ { $years } տարվա պատմությամբ։
done-import = { $file } ֆայլից ներմուծվեց { $read } տողից { $imported }-ը։
done-report-saved = Հաշվետվությունը պահպանվեց { $path } ֆայլում։
done-rows-saved = { $rows } տող պահպանվեց { $path } ֆայլում։
print-no-service = Տպելու համար անհրաժեշտ է համակարգի տպման ծառայությունը («{ $program }» չի գտնվել)։ Պահպանեք PDF-ը և տպեք այն PDF դիտիչից։
print-unreachable = Տպիչի հետ կապ հաստատել չհաջողվեց. { $reason }։
print-no-printer = Այս համակարգչում տպիչ կարգավորված չէ։ Ավելացրեք այն համակարգի տպիչների կարգավորումներում կամ պահպանեք PDF-ը և տպեք այլ համակարգչից։
print-refused = Տպիչը մերժեց հաշվետվությունը։ Պահպանեք PDF-ը և տպեք այն PDF դիտիչից։
print-refused-because = Տպիչը մերժեց հաշվետվությունը. { $reason }։ Պահպանեք PDF-ը և տպեք այն PDF դիտիչից։
done-erased = Ջնջվեց { $customers } հաճախորդ ({ $contacts } գրառում դատարկվեց). նրանց վաճառքները մնում են՝ անանուն գրառումներով։
done-backup-saved = Պահուստային պատճենը պահպանվեց { $path } ֆայլում։
privacy-backups-heading = Պահուստային պատճեններ
privacy-backups-folder = Պատճենները պահվում են { $path } թղթապանակում. օրական մեկը՝ պատուհանը բացելիս, և մեկը՝ յուրաքանչյուր ներմուծումից, բոլոր կրկնօրինակների միավորումից, ջնջումից և վերականգնումից առաջ (պահվում են 7 օրական և 4 շաբաթական պատճեններ)։ Պատճենը վերականգնելու համար՝ clientele restore FILE։
privacy-backups-none = Պատճեն դեռ չկա։
privacy-backups-copy = { $name } · { $kb } ԿԲ
privacy-backup-now = Պատճենել հիմա
done-subject-saved = Հաճախորդի մասին պահվող ամբողջ տեղեկությունը պահպանվեց { $path } ֆայլում։
worker-stopped = Ֆոնային գործընթացը կանգ առավ. մինչև այն նորից չաշխատի, ոչինչ չի կարդացվի և չի պահպանվի, իսկ ընթացիկ գործողությունը չավարտվեց։
worker-restart = Նորից գործարկել
worker-stopped-request = ֆոնային գործընթացը կանգ առավ մինչև այս գործողության ավարտը. նորից գործարկեք այն՝ շարունակելու համար

done-unmerge = { $merges ->
    [one] Չեղարկվեց { $merges } միավորում. հաճախորդները կրկին առանձին են։
   *[other] Չեղարկվեց { $merges } միավորում. հաճախորդները կրկին առանձին են։
}
print-sent = { $job ->
    [none] Հաշվետվությունն ուղարկվեց տպիչին։
   *[other] Հաշվետվությունն ուղարկվեց տպիչին (տպման առաջադրանք { $job })։
}
