# 为什么两条记录像是同一个人（“重复客户”页，`clientele dedup`）。

dedup-first-name = { $level ->
    [same] 名字相同
    [very-similar] 名字非常相似
    [compatible] 名字相符
   *[different] 名字不同
}
dedup-surname = { $level ->
    [same] 姓氏相同
    [very-similar] 姓氏非常相似
    [similar] 姓氏相似
   *[different] 姓氏不同
}
dedup-birth-date = { $level ->
    [same] 出生日期相同
    [one-digit-apart] 出生日期只差一位数字
    [close] 出生日期相近
   *[different] 出生日期不同
}
dedup-address = { $level ->
    [same] 地址相同
    [nearly-same] 地址几乎相同
    [same-street] 街道相同
    [partly-same] 地址部分相同
   *[different] 地址不同
}
dedup-address-2 = { $level ->
    [same] 地址第二行相同
    [very-similar] 地址第二行非常相似
   *[different] 地址第二行不同
}
dedup-region = { $level ->
    [same] 地区相同
   *[different] 地区不同
}
dedup-email = { $level ->
    [same] 电子邮件相同
    [nearly-same] 电子邮件几乎相同
   *[different] 电子邮件不同
}
dedup-phone = { $level ->
    [same] 电话相同
    [nearly-same] 电话几乎相同
   *[different] 电话不同
}
dedup-list-separator = {"、"}
dedup-nothing-in-common = 没有相同之处
dedup-and-more = { $list }等，另有 { $more } 项相同
dedup-names-swapped = { $list }（姓和名颠倒）
dedup-but-differ = { $agree }；{ $differ }
dedup-reason-score = { $reason }（{ NUMBER($score, minimumFractionDigits: 2, maximumFractionDigits: 2) }）
