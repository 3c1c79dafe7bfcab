## Հաճախորդի մասին պահված կանխատեսումները՝ նրա մասին պահվող տվյալների պատճենում։

privacy10-pdf-predictions = Այս հաճախորդի մասին պահված կանխատեսումներ
privacy10-key-as-of = Ըստ վաճառքների մինչև
privacy10-key-model = Մոդել
privacy10-key-horizon = Առաջիկա օրեր
privacy10-key-p-alive = Դեռ հաճախորդ լինելու հավանականություն
privacy10-key-p-buy = Առաջիկա օրերին գնելու հավանականություն
privacy10-key-expected-purchases = Սպասվող գնումներ առաջիկա օրերին
privacy10-key-expected-spend = Սպասվող ծախս մեկ գնման համար
privacy10-key-clv = Արժեքը առաջիկա ամիսներին
