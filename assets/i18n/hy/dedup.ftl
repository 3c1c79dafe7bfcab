# Ինչու են երկու քարտերը նման մեկ մարդու («Կրկնօրինակներ» ներդիր, `clientele dedup`)։

dedup-first-name = { $level ->
    [same] նույն անունը
    [very-similar] շատ նման անուն
    [compatible] համատեղելի անուն
   *[different] այլ անուն
}
dedup-surname = { $level ->
    [same] նույն ազգանունը
    [very-similar] շատ նման ազգանուն
    [similar] նման ազգանուն
   *[different] այլ ազգանուն
}
dedup-birth-date = { $level ->
    [same] նույն ծննդյան ամսաթիվը
    [one-digit-apart] ծննդյան ամսաթիվը տարբերվում է մեկ թվանշանով
    [close] մոտ ծննդյան ամսաթիվ
   *[different] այլ ծննդյան ամսաթիվ
}
dedup-address = { $level ->
    [same] նույն հասցեն
    [nearly-same] գրեթե նույն հասցեն
    [same-street] նույն փողոցը
    [partly-same] հասցեն մասամբ համընկնում է
   *[different] այլ հասցե
}
dedup-address-2 = { $level ->
    [same] հասցեի նույն երկրորդ տողը
    [very-similar] հասցեի շատ նման երկրորդ տող
   *[different] հասցեի այլ երկրորդ տող
}
dedup-region = { $level ->
    [same] նույն մարզը
   *[different] այլ մարզ
}
dedup-email = { $level ->
    [same] նույն էլ. փոստը
    [nearly-same] գրեթե նույն էլ. փոստը
   *[different] այլ էլ. փոստ
}
dedup-phone = { $level ->
    [same] նույն հեռախոսը
    [nearly-same] գրեթե նույն հեռախոսը
   *[different] այլ հեռախոս
}
dedup-list-separator = {", "}
dedup-nothing-in-common = ոչ մի ընդհանուր բան
dedup-and-more = { $more ->
    [one] { $list } և ևս { $more } համընկնում
   *[other] { $list } և ևս { $more } համընկնում
}
dedup-names-swapped = { $list } (անունն ու ազգանունը տեղերով փոխված են)
dedup-but-differ = { $agree }; { $differ }
dedup-reason-score = { $reason } ({ NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) })
