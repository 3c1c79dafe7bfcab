## 导入时发现的情况、各行的问题，以及文件未能导入的原因。

note-layout = 已识别为 { $name } 导出的文件
note-mixed-dates = 有些日期是“日/月”格式，有些是“月/日”格式；与店铺日期顺序不符的行已列出。用 --date-format 指定格式。
note-whole-amounts = “amount”列中的每个金额都是整数，且旁边标有货币：它们可能是以分为单位（1250 表示 12.50）。目前按整元读取；请核对销售额，如果确实以分为单位，请使用设置了 amount_unit = "cents" 的布局配置。
note-walk-in = { $lines } 条散客销售明细（没有对应客户）已计入销售额和订单，但不计入任何客户的数据。
import-blocker-no-sale-date = 请选择包含销售日期的列。
import-blocker-no-amount = 请选择包含销售金额（或单价）的列。
problem-value-cut = 第 { $row } 行，“{ $column }”列：这个值有 { $length } 个字符，超过了{ $what ->
    [name] 名称
   *[other] 字段值
}的上限（{ $max } 个字符）；只保留了前 { $max } 个字符
problem-sale-date-missing = 第 { $row } 行，“{ $column }”列：缺少销售日期
problem-not-a-date = 第 { $row } 行，“{ $column }”列：“{ $value }”不是日期
problem-amount-too-large = 第 { $row } 行，“{ $column }”列：金额过大：“{ $value }”超过了 10 000 000 000 000
problem-not-an-amount = 第 { $row } 行，“{ $column }”列：“{ $value }”不是金额
problem-not-a-quantity = 第 { $row } 行，“{ $column }”列：“{ $value }”不是数量
problem-amount-missing = 第 { $row } 行，“{ $column }”列：缺少金额（也没有单价可用来计算）
problem-nobody-identified = 第 { $row } 行：没有可识别客户的信息（没有姓名、公司、电子邮件、电话或编号）
problem-no-customer-named = 第 { $row } 行：这笔销售没有注明客户（没有客户编号、电子邮件、电话或姓名）
problem-order-set-aside = 第 { $row } 行：订单状态为“{ $status }”：已保留，但不计入销售额
group-value-cut = “{ $column }”列：超过{ $what ->
    [name] 名称
   *[other] 字段值
}上限（{ $max } 个字符）的值已被截断
group-ragged-row = 有些行的值多于表头的 { $columns } 列；多出的值作为额外的列保留
group-sale-date-missing = “{ $column }”列：缺少销售日期
group-not-a-date = “{ $column }”列：“…”不是日期
group-amount-too-large = “{ $column }”列：金额过大：“…”超过了 10 000 000 000 000
group-not-an-amount = “{ $column }”列：“…”不是金额
group-not-a-quantity = “{ $column }”列：“…”不是数量
group-amount-missing = “{ $column }”列：缺少金额（也没有单价可用来计算）
problem-date-missing = 第 { $row } 行，“{ $column }”列：缺少日期
problem-nothing-said = 第 { $row } 行：既没有评分，也没有评论
problem-no-customer-given = 第 { $row } 行：这条反馈没有注明客户（没有客户编号、电子邮件、电话或姓名）
problem-unknown-word = 第 { $row } 行，“{ $column }”列：“{ $value }”不是可识别的词；已和其他列一起保留
group-date-missing = “{ $column }”列：缺少日期
group-nothing-said = 既没有评分，也没有评论
group-no-customer-given = 反馈没有注明客户（没有客户编号、电子邮件、电话或姓名）
group-unknown-word = “{ $column }”列：不是可识别的词
feedback-unknown-scale = { $file }：无法判断“{ $column }”列中评分的量表。请用 --scale nps（0-10）、stars（1-5）、csat（1-5）或 thumbs（赞/踩）指定；未导入任何内容
feedback-no-date-column = { $file }：没有哪一列包含反馈日期；请用 --map date=COLUMN 指定（它的列有：{ $columns }）
feedback-no-score-or-text-column = { $file }：没有哪一列包含评分或评论；请用 --map score=COLUMN 或 --map text=COLUMN 指定一列（它的列有：{ $columns }）
feedback-leaving = { $who }：{ $eligible } 位中有 { $returned } 位在 90 天内再次购买（{ $share }）
feedback-leaving-none = { $who }：还没有足够早的反馈可供判断
feedback-who-negative = 不满意（贬损者，1-2 星）
feedback-who-neutral = 一般（被动者，3 星）
feedback-who-positive = 满意（推荐者，4-5 星）
feedback-too-few = 回答太少，无法判断
group-nobody-identified = 没有可识别客户的信息（没有姓名、公司、电子邮件、电话或编号）
group-no-customer-named = 这笔销售没有注明客户（没有客户编号、电子邮件、电话或姓名）
group-order-set-aside = 订单状态为“{ $status }”：已保留，但不计入销售额
group-bytes-replaced = 不是 { $encoding } 文本的字节已显示为“�”
why-header = 根据列名判断
why-values = 根据值判断
why-chosen = 手动选择
why-layout = 按 { $layout } 导出文件的格式
import-duplicate-file = { $file } 已在 { $when } 导入过（导入批次 { $batch }）；这次没有重复导入。请先撤销那次导入，或用 --allow-duplicate-file 有意再导入一次。
import-no-such-column = { $file } 中没有名为“{ $column }”的列；它的列有：{ $columns }
import-no-sale-date-column = { $file } 中没有销售日期列；请用 --map sold_at=COLUMN 指定（列有：{ $columns }）
import-no-amount-column = { $file } 中没有销售金额（或单价）列；请用 --map amount=COLUMN 指定（列有：{ $columns }）
import-cancelled = 导入已取消，没有做任何更改
import-internal = 导入因内部错误停止，没有做任何更改（{ $detail }）；请报告此问题

note-repeated-column = 列名“{ $base }”出现了不止一次；重复的那一列按“{ $header }”读取（{ $feeds ->
    [none] 和其他列一起保留
   *[other] 它对应 { $feeds }
}）。请检查每个字段对应的列是否正确（--map FIELD=COLUMN）。
note-ambiguous-dates = 像 03/04/2025 这样的日期既可能是“日/月”，也可能是“月/日”；已按店铺区域设置的写法读作{ $order ->
    [month-first] “月/日”（3月4日）
   *[other] “日/月”（4月3日）
}（可用 `clientele settings --locale` 更改）。用 --date-format %m/%d/%Y 或 %d/%m/%Y 指定。
note-set-aside = { $orders } 笔状态为“{ $status }”的订单（{ $amount }）已保留，但不计入统计。
problem-ragged-row = 第 { $row } 行有 { $values } 个值，但表头只有 { $columns } 列；多出的值从第 { $next-column } 列起作为额外的列保留
problem-not-kept = 第 { $row } 行，“{ $column }”列：“{ $value }”不是{ $expected ->
    [date] 日期
    [email] 电子邮件地址
    [long-email] 电子邮件地址（超过了 320 个字符）
    [yes-no] “是”或“否”
   *[other] 金额
}；该字段留空，原值{ $cut ->
    [yes] （前 10 000 个字符）
   *[other] {""}
}和客户的其他列一起保留
problem-sale-date-out-of-range = 第 { $row } 行，“{ $column }”列：日期 { $date } { $bound ->
    [before-1900] 早于 1900 年
   *[other] 晚于明天
}；如果日期没错，请允许这类日期（--allow-any-date，或在“导入”标签页勾选“接受早于 1900 年或未来的日期”）
problem-bytes-replaced = 第 { $row } 行的 { $count } 列（{ $columns }）：不是 { $encoding } 文本的字节已显示为“�”（“{ $value }”）；编码是根据文件开头判断的：如果文件用的是其他编码，请重新导入并选择该编码（--encoding，例如 windows-1252）
problem-written = { $words }
group-not-kept = “{ $column }”列：“…”不是{ $expected ->
    [date] 日期
    [email] 电子邮件地址
    [long-email] 电子邮件地址（超过了 320 个字符）
    [yes-no] “是”或“否”
   *[other] 金额
}；该字段留空，原值和客户的其他列一起保留
group-sale-date-out-of-range = “{ $column }”列：日期{ $bound ->
    [before-1900] 早于 1900 年
   *[other] 晚于明天
}
problem-not-a-score = 第 { $row } 行，“{ $column }”列：“{ $value }”不是有效的{ $scale ->
    [nps] NPS 评分（应为 0 到 10）
    [thumbs] 赞/踩评价（应为赞或踩）
   *[other] 评分（应为 1 到 5）
}
group-not-a-score = “{ $column }”列：不是有效的{ $scale ->
    [nps] NPS 评分（应为 0 到 10）
    [thumbs] 赞/踩评价（应为赞或踩）
   *[other] 评分（应为 1 到 5）
}
import-none-with-choice = 按当前选择，没有任何一行可以导入：{ $lacking ->
    [customer] 每一行都缺少客户。
    [date] 每一行都缺少可读取的销售日期。
    [amount] 每一行都缺少可读取的金额。
    [person] 没有任何一行注明了客户（没有姓名、公司、电子邮件、电话或编号）。
   *[other] 文件中没有数据行
}
import-none-with-choice-because = 按当前选择，没有任何一行可以导入：{ $why }{ $more ->
    [0] {""}
   *[other] （另有 { $more } 行有问题）
}
import-nothing-imported = 没有从 { $file } 导入任何内容：{ $first ->
    [none] 文件中没有数据行
   *[other] { $first }
}{ $more ->
    [0] {""}
   *[other] （另有 { $more } 行有问题）
}
import-wrong-kind = { $file } 看起来是{ $kind ->
    [sales] 一份销售清单
   *[other] 一份客户名单
}（{ $layout ->
    [none] 有人员信息，但没有销售日期列
   *[other] { $layout }
}）；要按{ $kind ->
    [sales] 销售数据
   *[other] 客户名单
}导入吗？这次没有导入任何内容。
