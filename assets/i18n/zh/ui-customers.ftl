## 客户标签页。

customers-title = 客户
customers-loading = 正在加载客户…
customers-search-hint = 搜索姓名、编号、电子邮件、电话或城市（Ctrl+F）
customers-clear = 清除
customers-save-spreadsheet = 另存为电子表格…
customers-save-spreadsheet-hint = 列表中（搜索后）的客户，保存为 Excel 工作簿（.xlsx）或 CSV 文件
# 从其他界面打开的列表。$what：这些客户是什么（例如某个分群的名称）；$count：数量；$shown：屏幕上显示的同一数字。
customers-showing-only = { $count ->
       *[other] 只显示{ $what }：{ $shown } 位客户
    }
customers-show-all = 显示全部客户
# 保存全部客户时建议的文件名，不含扩展名。
customers-file-name = 客户
# $count：店铺的客户数；$shown：屏幕上显示的同一数字。
customers-count = { $count ->
       *[other] { $shown } 位客户
    }
# $count：符合搜索的客户数，$shown：屏幕上显示的同一数字；$total：客户总数（屏幕上显示的数字）。
customers-match = { $count ->
       *[other] { $total } 位客户中有 { $shown } 位符合
    }

## 客户表格的列标题。

customers-column-name = 姓名
customers-column-reference = 编号
customers-column-email = 电子邮件
customers-column-phone = 电话
customers-column-city = 城市
customers-column-orders = 订单
customers-column-revenue = 销售额
customers-column-last-order = 最近下单
customers-sort-hint = 按此列排序；再点一次反向排序
# 没有姓名的客户，用店铺的客户编号（$reference）称呼。
customers-unnamed-ref = 客户 { $reference }
# 既没有姓名也没有编号的客户，用系统编号（$id）称呼。
customers-unnamed = 客户 #{ $id }

## 客户标签页右侧的客户详情。

customers-close = × 关闭
customers-close-hint = 关闭详情（Esc）
customers-undo = 撤销
customers-undo-hint = 撤销上一次修改（Ctrl+Z）
customers-redo = 重做
customers-redo-hint = 重做（Ctrl+Shift+Z）
# $id：客户编号。
customers-loading-one = 正在加载客户 { $id }…
# 客户姓名下方的信息，用“ · ”连接。$id：客户编号。
customers-fact-id = 客户 { $id }
# $reference：店铺自己给客户的编号。
customers-fact-ref = 编号 { $reference }
# $source：客户导入自哪个文件。
customers-fact-source = 来自 { $source }
# $date：客户添加的日期。
customers-fact-added = 添加于 { $date }
# $ids：合并进来的联系人编号。
customers-absorbed = 还包含联系人 { $ids } 的记录。
customers-other-columns = 源文件中的其他列
customers-birth-date-hint = YYYY-MM-DD

## 详情底部的客户订单。

# $count：订单数；$shown：屏幕上显示的同一数字；$lines：明细条数；$shown_lines：屏幕上显示的同一数字；$amount：总额。
customers-orders-summary = { $count ->
       *[other] { $shown } 笔订单
    } · { $lines ->
       *[other] { $shown_lines } 条明细
    } · { $amount }
customers-no-purchases = 还没有购买记录。
customers-no-receipt = 无小票号
customers-no-product = （无商品）
