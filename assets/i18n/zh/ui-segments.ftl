## 分群标签页。

segments-title = 分群

## 分群标签页的标签、按钮和提示。

segments-segments = 分群
segments-how-recently-and-how-often = 客户最近一次购买的时间和购买频率
segments-value-tiers = 价值等级
segments-lifecycle = 生命周期
segments-show-these-customers = 查看这些客户
segments-customers = 客户…
segments-movement-between-segments = 分群变化
segments-compared-with = 与此日期对比：
segments-30-days-earlier = 30 天前
segments-then-now = 之前 \ 现在
segments-saved-segments = 已保存的分群
segments-edit = 编辑
segments-delete = 删除
segments-no-saved-segments-yet-build = 还没有已保存的分群。可以在下方按条件筛选客户，新建一个分群。
segments-new-segment = 新建分群…
segments-name = 名称
segments-e-g-lyon-regulars = 例如：上海老客户
segments-customers-who-match = 符合以下条件的客户
segments-remove-group = 删除条件组
segments-remove-this-condition = 删除这个条件
segments-condition = + 条件
segments-group = + 条件组
segments-save-segment = 保存分群
segments-give-the-segment-a-name = 请给分群取一个名称，并设置有效的规则
segments-close = 关闭
segments-close-the-list = 关闭列表
segments-show-in-customers = 在“客户”中查看
segments-open-the-customers-tab-showing = 打开“客户”标签页，只显示这些客户
segments-save-as-spreadsheet = 另存为电子表格…
segments-an-excel-workbook-xlsx-or = Excel 工作簿（.xlsx）或 CSV 文件
segments-customer = 客户
segments-orders = 订单
segments-spent = 消费
segments-last-order = 最近下单
segments-never = 从未

## 分群标签页中按最近购买和购买频率排列的表格。

segments-key-narrow = 最近购买 ↓
    购买频率 →
segments-key = 最近购买 ↓ / 购买频率 →
segments-recency-1 = 1 · 最久以前
segments-recency-5 = 5 · 最近
segments-recency-1-narrow = 1
    最久以前
segments-recency-5-narrow = 5
    最近
segments-frequency-1 = 1 · 订单最少
segments-frequency-5 = 5 · 订单最多
# $percent：5 分超过的客户比例。
segments-grid-explained = 行：最近一次购买是多久以前。列：购买的频率。5 分表示至少比 { $percent } 的客户更好；数值相同的客户得分相同。每个格子显示其中的客户数、他们的销售额和所属分群；点击格子可查看客户列表。
# $count：客户数；$shown：屏幕上显示的同一数字。
segments-customers-count = { $count ->
       *[other] { $shown } 位客户
    }
# 表格中的一个格子。$customers：客户数（文字）；$revenue：他们的销售额；$segment：分群名称。
segments-cell = { $customers }
    { $revenue }
    { $segment }
# 格子的提示。$r、$f：得分；$segment：分群名称；$customers：客户数（文字）；$revenue：他们的销售额；$share：占销售额的比例；$meaning：分群的含义。
segments-cell-tip = 最近购买 { $r }，购买频率 { $f }：{ $segment }
    { $customers }，{ $revenue }（占销售额的 { $share }）
    { $meaning }
# 格子的客户列表标题。
segments-cell-list = 最近购买 { $r }，购买频率 { $f }（{ $segment }）
# $column：空列的序号。
segments-column-empty = 第 { $column } 列为空
# $columns：除最后一列外的空列；$last：最后一列。
segments-columns-empty = 第 { $columns } 和 { $last } 列为空
# $columns：哪些列为空（上面的句子）；$share：只买过一次的客户比例；$count：空列的数量。
segments-empty-columns-why = { $count ->
       *[other] { $columns }：订单数相同的客户得分相同，而您有 { $share } 的客户只买过一次，所以得分直接跳过了这些列。
    }

## 分群标签页中的价值等级和生命周期。

# $tier：等级字母。
segments-tier = { $tier } 级
# $meaning：该等级的含义。
segments-tier-tip = { $meaning }
    查看这些客户
# $share：百分比。
segments-revenue-share = 占销售额的 { $share }
# $band：A 级累计贡献的销售额比例；$a_share：A 级客户的比例；$top：屏幕上显示的 20%；$top_share：他们贡献的销售额比例。
segments-tier-sentence = A 级是消费最多的客户，从高到低累计到销售额的 { $band } 为止：这里是排名前 { $a_share } 的客户。仅排名前 { $top } 的客户就贡献了 { $top_share } 的销售额。
# $gap、$active、$risk：天数。
segments-lifecycle-explained = 您的客户通常每 { $gap } 天回来一次。新客：最近 90 天内首次下单；活跃：最近一次下单在 { $active } 天内；流失预警：在 { $risk } 天内；已流失：更久以前。
segments-stage-new = 新客
segments-stage-active = 活跃
segments-stage-at-risk = 流失预警
segments-stage-lapsed = 已流失
# $stage：生命周期阶段。
segments-lifecycle-list = 生命周期：{ $stage }
# $segment：分群名称。
segments-segment-list = 分群：{ $segment }
# $customers：客户数（文字）；$share：占销售额的比例（文字）。
segments-card-figures = { $customers } · { $share }

## 分群标签页中分群之间的变动。

segments-compare = 对比
segments-before-hint = 填写一个早于数据截止日期的日期，例如 2025-05-31
# $before、$after：两个日期。
segments-movement-explained = { $before } 的客户在 { $after } 属于哪个分群。行：之前的分群；列：现在的分群。
# $count：客户数；$shown：屏幕上显示的同一数字；$from、$to：分群。
segments-moved = { $count ->
       *[other] • { $shown } 位客户从{ $from }变为{ $to }。
    }
segments-no-order-yet = 尚未下单
segments-no-order-yet-lower = 尚未下单
# $from、$to：分群。
segments-move = { $from } → { $to }
# $change：分群之间的一次变动。
segments-move-tip = { $change }：查看这些客户

## 分群标签页中已保存的分群及其编辑器。

# $name：已保存分群的名称。
segments-saved-list = 已保存的分群：{ $name }
segments-any-group = 任一条件组
segments-every-group = 所有条件组
# $number：条件组序号。
segments-group-number = 条件组 { $number }：
segments-any-of-these = 满足任一条件
segments-all-of-these = 满足所有条件
# $count：客户数；$shown：屏幕上显示的同一数字；$date：日期。
segments-match-as-of = { $count ->
       *[other] 截至 { $date }，有 { $shown } 位客户符合。
    }
segments-add-condition = 添加条件

## 分群标签页中的客户列表。

# $customers：客户数（文字）；$revenue：他们的销售额。
segments-list-total = { $customers }，共 { $revenue }
segments-consented-only = 只看有营销授权的客户
# $id：客户编号。
segments-unnamed = 客户 #{ $id }
# $days：天数。
segments-days-ago = { $days ->
       *[other] { $days } 天前
    }

## 分群标签页的规则编辑器：条件查看的字段和运算符。
segments-field-city = 城市
segments-field-country = 国家/地区
segments-field-first-channel = 首单渠道
segments-field-consent = 营销授权
segments-field-recency-days = 距最近下单天数
segments-field-frequency = 订单数
segments-field-monetary = 消费总额
segments-field-average-order = 客单价
segments-field-product = 买过的商品
segments-field-category = 买过的品类
segments-field-segment = 分群
segments-field-tier = 价值等级
segments-field-lifecycle = 生命周期阶段
segments-op-is = 是
segments-op-is-not = 不是
segments-op-in = 是以下之一
segments-op-contains = 包含
segments-op-between = 介于
segments-op-bought = 买过
segments-op-never-bought = 从未买过
