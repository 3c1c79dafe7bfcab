## Հաշվետվության «Կանխատեսումներ» բաժինը։

report-predict-as-of = { $date } դրությամբ՝ ըստ մինչև այդ օրն եղած վաճառքների։
report-worth-saving = Արժե պահել
report-worth-saving-note = Հաճախորդներ, որոնք նախկինում վերադարձել են, բայց այժմ հեռանում են (դեռ հաճախորդ լինելու հավանականությունը՝ { $from }-ից մինչև { $to }), դասավորված ըստ ռիսկային արժեքի. որքան կարժենան նրանք հաջորդ { $months } ամսում, եթե մնան, բազմապատկած այն հավանականությամբ, որ նրանք արդեն հեռացել են։
report-worth-saving-total = { $count } հաճախորդ. ռիսկի տակ է { $at-risk } հաջորդ { $months } ամսում։
report-worth-saving-none = Նախկինում վերադարձած հաճախորդներից այս պահին ոչ ոք չի հեռանում։
report-worth-saving-more = Եվ ևս { $count } հաճախորդ։
report-column-customer = Հաճախորդ
report-column-purchase-days = Գնումների օրեր
report-column-still-customer = Դեռ հաճախորդ է
report-column-worth = Արժեք, { $months } ամիս
report-column-at-risk = Ռիսկի տակ
report-predict-revenue = Ձեր հաճախորդներից սպասվող հասույթը հաջորդ { $days } օրում՝ { $expected }{ $low ->
    [none] {""}
   *[other] , ամենայն հավանականությամբ՝ { $low }-ից մինչև { $high }
}։ Նրանց արժեքը հաջորդ { $months } ամսում՝ { $clv }։
