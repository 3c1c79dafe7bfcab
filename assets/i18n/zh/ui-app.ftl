
## 窗口的顶栏、菜单、对话框和状态栏。

app-the-database-could-not-be = 无法打开数据库
app-start-clientele-with-db-path = 请用 --db PATH 启动 Clientele 打开另一个文件，或者关闭正在使用它的程序。
app-clientele = Clientele
app-shop-settings = 店铺设置…
app-shop-name-locale-dates-numbers = 店铺名称、区域设置（日期、数字）、货币、电话所属国家
app-the-database-file-everything-clientele = 数据库文件：Clientele 掌握的所有数据都在里面。
app-cancel = 取消

## 窗口右上角的主题菜单。

app-theme = 主题
app-theme-system = 跟随系统
app-theme-light = 浅色
app-theme-dark = 深色

## 状态栏中正在进行的任务。

app-job-starting = 正在启动
app-job-saving-customers = 正在保存客户
app-job-insights = 正在计算分群和图表
app-job-forecast = 正在预测
app-job-demo = 演示店铺
# $job：正在做的事；$stage：进行到哪一步。
app-job-stage = { $job }：{ $stage }
# $customers、$orders：数量；$shown_customers、$shown_orders：屏幕上显示的同一数字；$revenue：金额。
app-status-figures = { $customers ->
       *[other] { $shown_customers } 位客户
    } · { $orders ->
       *[other] { $shown_orders } 笔订单
    } · 销售额 { $revenue }

## 状态栏中的消息。

# $path：图片保存的位置。
app-chart-saved = 图表已保存到 { $path }。
# $path：文件；$error：出了什么问题。
app-not-written = 无法写入 { $path }：{ $error }
# $error：出了什么问题。
app-worker-not-started = 后台进程无法启动：{ $error }
app-busy = Clientele 正忙，请稍后再试。
app-settings-saved = 设置已保存。
app-nothing-to-undo = 没有可撤销的操作。
app-nothing-to-redo = 没有可重做的操作。
app-drop-file = 松开鼠标即可导入文件
# $field：字段名；$error：原因。
app-edit-failed = { $field }未修改：{ $error }
# $count：客户数；$shown：屏幕上显示的同一数字。
app-merged = { $count ->
       *[other] 已合并 { $shown } 位客户；可在历史记录中点“撤销合并”还原。
    }
# $batch：导入批次；$sales、$contacts：删除的销售明细和联系人数量（屏幕上显示的数字）。
app-import-undone = 导入批次 { $batch } 已撤销：删除了 { $sales } 条销售明细和 { $contacts } 位联系人。
# 同上；$kept：保留的联系人数量（屏幕上显示的数字）。
app-import-undone-kept = 导入批次 { $batch } 已撤销：删除了 { $sales } 条销售明细和 { $contacts } 位联系人；该批次创建的 { $kept } 位联系人已保留，因为后来的导入或合并用到了他们。
# 修改了一个字段。$field：字段名；$id：客户编号；$value：新值。
app-edit-saved = 已保存：客户 { $id } 的{ $field }现在是“{ $value }”。
app-edit-saved-empty = 已保存：客户 { $id } 的{ $field }现在为空。
app-edit-undone = 已撤销：客户 { $id } 的{ $field }现在是“{ $value }”。
app-edit-undone-empty = 已撤销：客户 { $id } 的{ $field }现在为空。
app-edit-redone = 已重做：客户 { $id } 的{ $field }现在是“{ $value }”。
app-edit-redone-empty = 已重做：客户 { $id } 的{ $field }现在为空。
