# 命令行的表格和摘要。JSON 仍为英文。

cli-settings-shop-name = 店铺名称
cli-settings-locale = 区域格式
cli-settings-currency = 货币
cli-settings-phone-country = 电话所属国家
cli-settings-window-language = 窗口语言
cli-settings-dates = 日期如 03/04/2025
cli-settings-dates-read = { $order ->
    [day] 2025年4月3日（先日后月）
   *[month] 2025年3月4日（先月后日）
}
cli-settings-exports = 导出
cli-settings-exports-read = 小数点用{ $decimal ->
    [comma] 逗号
   *[dot] 句点
}，CSV 分隔符 “{ $delimiter }”
cli-columns-read = 读取的列：
cli-kept-as-extra = 作为附加信息保留：{ $columns }
cli-stats-customers = 客户
cli-stats-orders = 订单
cli-stats-sale-lines = 销售行
cli-stats-revenue = 销售额
cli-stats-first-sale = 首次销售
cli-stats-last-sale = 最近销售
cli-dedup-compared = 已比较 { $customers } 位客户（{ $pairs } 对候选）；建议阈值 { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) }。
cli-dedup-fallback = 模型无法从这些数据中学习，已使用默认权重。
cli-dedup-not-judged = { $customers } 位客户没有姓名、电子邮件或电话，未参与比较。
cli-dedup-groups = 阈值 { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) } 时：{ $groups } 组疑似重复客户；合并后将有 { $absorbed } 位客户并入其他客户。
cli-dedup-shared-hint = 但有 { $pairs } 对客户使用相同的电子邮件或电话：请尝试更低的 --threshold，或手动检查这些客户。
cli-segments-as-of = 截至 { $as_of }：{ $customers } 位客户有订单。
cli-segments-segment = 分群
cli-segments-tier = 价值等级
cli-segments-customers = 客户
cli-segments-revenue = 销售额
cli-segments-share = 占比
cli-segments-what-to-do = 建议做法
cli-segments-top-20 = （前 20% 的客户贡献了 { $share }% 的销售额）
cli-segments-lifecycle = 生命周期（通常间隔 { $gap } 天：{ $active } 天内为活跃，{ $risk } 天内为有流失风险，新客户 = 最近 90 天内首次下单）
cli-error = 错误：{ $message }
