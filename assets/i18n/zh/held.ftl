## 保留但不计入的订单（未付款、已取消、失败），以及店铺合计中的散客销售。

# $orders: how many orders.
held-note-paid = 之前导入的 { $orders } 笔待付款订单现已付款：在此计入一次。
# $orders: how many orders.
held-note-already = { $orders } 笔订单已从同类文件导入过：已跳过，不重复计入。
held-detail-title = 未计入的订单
held-detail-hint = 尚未付款、已取消或付款失败的订单：按文件原样保留，不计入销售额和任何数据。之后付款的订单会在导入较新的文件时计入。
# $date: the order's day; $order: its number (or held-no-number); $amount: its amount;
# $status: pending, cancelled or failed; $read: the status as the file wrote it.
held-detail-order = { $date } · { $order } · { $amount } · { $status ->
    [pending] 尚未付款
    [cancelled] 已取消
   *[failed] 付款失败
}（“{ $read }”）
held-no-number = 无订单号
# $amount: the walk-in sales' revenue in the same period.
held-walk-in-part = 其中散客销售：{ $amount }
# A line of the report's key figures, under the revenue.
held-report-walk-in = 其中散客销售
