## 未知格式文件中的散客销售，图表标题中的散客销售。

# $lines：散客销售明细条数；$amount：金额。
import3-note-walk-in = { $lines ->
   *[other] { $lines } 条散客销售明细（没有对应客户，{ $amount }）已计入销售额和订单，但不计入任何客户的数据。
}
# $count：条数；$shown：屏幕上显示的同一数字；$amount：金额。
import3-walk-in = { $count ->
       *[other] { $shown } 条散客销售明细（无客户，{ $amount }）：计入销售额，但不计入任何客户的数据
    }
# 散客销售计入销售额时的图表标题。
import3-charts-figures-as-of = { $count ->
       *[other] 截至 { $date } 的数据：{ $shown } 位下过单的客户；销售额 { $revenue }，含散客销售。
    }
# 同上，日期是最近一笔销售的那天。
import3-charts-figures-as-of-latest = { $count ->
       *[other] 截至 { $date }（最近一笔销售的日期）的数据：{ $shown } 位下过单的客户；销售额 { $revenue }，含散客销售。
    }
# $date：该范围内唯一有销售的日期；$amount：当天的销售额。
import3-charts-one-day = 这个范围内只有一天有销售（{ $date }）：按时间绘制的图表至少需要两天。当天销售额为 { $amount }。
# $orders：订单数。
import3-note-pending-closed = { $orders ->
   *[other] 之前导入的 { $orders } 笔待付款订单现已取消：按新状态保留，不计入统计。
}
# $orders：订单数；$amount：扣除的退款。
import3-note-late-refunds = { $orders ->
   *[other] 之前导入并已计入的 { $orders } 笔订单后来退款了：退款（{ $amount }）已扣除。
}
# 选择按联系人导入、但看起来是销售记录的文件。$file：文件；$rows：前面写有人名的行数；$people：涉及的人数。
import3-wrong-kind-sales = { $file } 看起来是销售记录：有销售日期和金额，前 { $rows } 行只涉及 { $people ->
   *[other] { $people } 个人
}。要按销售记录导入吗？没有导入任何内容。
import3-cli-contacts-anyway = 如果仍要把其中的人按联系人导入，请加上 --yes 再运行一次命令。
import3-import-as-sales = 按销售记录导入
import3-contacts-anyway = 仍把其中的人按联系人导入
