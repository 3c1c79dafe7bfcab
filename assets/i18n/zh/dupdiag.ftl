## 重复客户页的“结果有多可靠？”：重复客户检测从本店客户中学到了什么，以及它的自检。

dupdiag-title = 结果有多可靠？
dupdiag-verdict-passed = 模型已从您的数据中学习：所有检查均已通过。
dupdiag-verdict-fallback = 模型无法从这些数据中学习，已使用默认权重。
dupdiag-verdict-failed = 有一项检查未通过：请谨慎对待这些组。
dupdiag-checks = 学习后的检查
dupdiag-check-passed = { $check ->
    [agreement] 通过：同一人的记录比不同人的记录更常一致
    [share] 通过：重复客户的数量合理
   *[groups] 通过：各对记录的得分分为两组
}
dupdiag-check-failed = { $check ->
    [agreement] 未通过：同一人的记录比不同人的记录更常一致
    [share] 未通过：重复客户的数量合理
   *[groups] 未通过：各对记录的得分分为两组
}
dupdiag-check-meaning = { $check ->
    [agreement] 模型学错了记录对：至少有一个字段中，同一人的两条记录一致的频率并不高于两个不同的人，或者不同的时候比一致的时候更多。
    [share] 模型预计的重复客户数量不可信，或与各对记录的得分对不上。
   *[groups] 得分无法把重复客户和不同的人分开：低分和高分之间没有明显的间隔。
}
dupdiag-detail-agreement-ok = 在每个字段中，同一人的记录都更常一致。
dupdiag-detail-agreement-wrong = 以下字段学反了：{ $fields }
dupdiag-list-separator = {"、"}
dupdiag-detail-share = 预计重复对数：{ $expected }（每 100 位客户 { $per_hundred } 对）；按各对得分：{ $scored }
dupdiag-detail-too-few = 已比较 { $pairs } 对，太少，无法判断。
dupdiag-detail-one-side = 所有记录对的得分都在同一侧。
dupdiag-detail-groups = 低分峰值：{ $low } 对；高分峰值：{ $high }；两者之间的最低点：{ $valley }
dupdiag-compared = 已比较的客户记录对：{ $pairs }。它们由以下规则找到（一对记录可能被多条规则找到）：
dupdiag-rule-column = 查找方式
dupdiag-pairs-column = 对数
dupdiag-rule = { $rule ->
    [same-email] 电子邮件相同
    [same-phone] 电话相同
    [birth-date-surname-initial] 出生日期相同且姓氏首字母相同
    [birth-date-first-name-initial] 出生日期相同且名字首字母相同
    [birth-date-initials] 出生日期相同且姓名首字母相同（顺序不限）
    [birth-date-postcode] 出生日期和邮政编码相同
    [sounding-names] 姓名读音相同
    [surname-postcode] 姓氏和邮政编码相同
    [first-name-postcode] 名字和邮政编码相同
    [house-number-street] 门牌号和街道相同
    [street-first-name-initial] 街道相同且名字首字母相同
    [city-first-name] 城市和名字相同
    [house-number-postcode] 门牌号和邮政编码相同
   *[name-neighbours] 按姓名排序时相邻
}
dupdiag-expected = 全店预计的重复对数：{ $expected }
dupdiag-found = 已找到的组中的重复对数：{ $found }
dupdiag-chance = 随机抽取的两位客户是同一人的概率：{ $chance }
dupdiag-threshold = 匹配度达到 { $threshold } 起才会建议分组。
dupdiag-levels-title = 每种相似程度的分量
dupdiag-levels-m = 同一人：同一人的两条记录出现这种情况的频率。
dupdiag-levels-u = 不同的人：两个不同的人出现这种情况的频率。
dupdiag-levels-weight = 权重：它的分量，单位为比特；大于 0 支持是同一人，小于 0 则相反。
dupdiag-field-column = 字段
dupdiag-level-column = 相似程度
dupdiag-m-column = 同一人
dupdiag-u-column = 不同的人
dupdiag-weight-column = 权重
dupdiag-field = { $field ->
    [first-name] 名字
    [surname] 姓氏
    [birth-date] 出生日期
    [address] 地址
    [address-2] 地址第二行
    [region] 地区
    [email] 电子邮件
   *[phone] 电话
}
dupdiag-level = { $level ->
    [same] 相同
    [very-similar] 非常相似
    [similar] 相似
    [compatible] 相容
    [one-digit-apart] 相差一位数字
    [close] 接近
    [nearly-same] 几乎相同
    [same-street] 同一街道
    [partly-same] 部分相同
   *[different] 不同
}
dupdiag-share = { $share }
dupdiag-one-in = { $n } 分之一
dupdiag-never = 从不
