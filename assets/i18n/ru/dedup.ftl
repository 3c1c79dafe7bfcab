# Почему две карточки похожи на одного человека (вкладка «Дубли», `clientele dedup`).

dedup-first-name = { $level ->
    [same] то же имя
    [very-similar] очень похожее имя
    [compatible] совместимое имя
   *[different] другое имя
}
dedup-surname = { $level ->
    [same] та же фамилия
    [very-similar] очень похожая фамилия
    [similar] похожая фамилия
   *[different] другая фамилия
}
dedup-birth-date = { $level ->
    [same] та же дата рождения
    [one-digit-apart] дата рождения отличается одной цифрой
    [close] близкая дата рождения
   *[different] другая дата рождения
}
dedup-address = { $level ->
    [same] тот же адрес
    [nearly-same] почти тот же адрес
    [same-street] та же улица
    [partly-same] адрес частично совпадает
   *[different] другой адрес
}
dedup-address-2 = { $level ->
    [same] та же вторая строка адреса
    [very-similar] очень похожая вторая строка адреса
   *[different] другая вторая строка адреса
}
dedup-region = { $level ->
    [same] тот же регион
   *[different] другой регион
}
dedup-email = { $level ->
    [same] та же эл. почта
    [nearly-same] почти та же эл. почта
   *[different] другая эл. почта
}
dedup-phone = { $level ->
    [same] тот же телефон
    [nearly-same] почти тот же телефон
   *[different] другой телефон
}
dedup-list-separator = {", "}
dedup-nothing-in-common = ничего общего
dedup-and-more = { $more ->
    [one] { $list } и ещё { $more } совпадение
    [few] { $list } и ещё { $more } совпадения
   *[many] { $list } и ещё { $more } совпадений
}
dedup-names-swapped = { $list } (имя и фамилия переставлены)
dedup-but-differ = { $agree }; { $differ }
dedup-reason-score = { $reason } ({ NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) })
