## The Segments tab's rule editor: the predictions' figures a condition can look at (0 to 1
## for the two chances), and the line shown while the predictions are worked out for them.
rules-predict-field-p-alive = դեռ հաճախորդ լինելու հավանականություն (0-1)
rules-predict-field-p-buy = 90 օրում գնելու հավանականություն (0-1)
rules-predict-field-clv = հաճախորդի ցկյանս արժեք
rules-predict-field-expected-purchases = սպասվող գնումներ 90 օրում
rules-predict-working-out = Հաշվարկվում են այս կանոնների համար անհրաժեշտ կանխատեսումները…
