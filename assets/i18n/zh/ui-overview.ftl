## 概览标签页：最近 30 天和 365 天的关键数据，以及每月销售额。

overview-title = 概览
overview-working = 正在计算您的数据…
overview-no-sales = 还没有销售数据，暂时没有数字可显示。

## 空数据库的概览：欢迎语和两个按钮。

overview-welcome = 欢迎使用 Clientele
overview-empty-file = 您的客户数据库是空的。它是这台电脑上的一个文件：
overview-bring-your-own = 导入您自己的客户或销售数据：从收银系统、网店或通讯录导出的 CSV 文件或电子表格（Excel、LibreOffice）。
# $count：演示店铺的客户数；$shown：屏幕上显示的同一数字。
overview-demo-offer = { $count ->
       *[other] 也可以先加载一个演示店铺看看：{ $shown } 位客户和三年的销售数据，客户姓名有法文、英文、俄文、中文和亚美尼亚文；和真实文件一样，有些客户被录入了两次。
    }
overview-cancel = 取消
overview-import-file = 导入我的文件…
overview-import-file-hint = 选择一个 CSV 文件或电子表格；导入之前，您可以先检查各列是怎样读取的
overview-load-demo = 加载演示店铺

## 概览中的数据。

# $date：最近一笔销售的日期；$weekday：那天是星期几。
overview-as-of = 数据截至 { $date }（{ $weekday }），即最近一笔销售的日期。
overview-forecast-hint = 销售额预测，采用在本店过去几个月里表现最好的模型（见“图表”中的“销售预测”）；实际数值有八成的可能落在这个区间内。
overview-revenue-by-month = 每月销售额
# $days：时间段的天数；$from、$to：第一天和最后一天。
overview-period = { $days ->
       *[other] 最近 { $days } 天（{ $from } – { $to }），与之前 { $days } 天相比
    }
overview-card-revenue = 销售额
overview-card-orders = 订单
overview-card-customers = 客户
overview-card-new-customers = 新客户
overview-card-repeat-customers = 回头客
overview-card-average-order = 客单价

## 概览中的每月销售额图表。

overview-chart-too-short = 至少需要两个月的销售，才能画出这个图表。
# 尚未结束的月份的柱子。$month：月份；$day：最近一笔销售的日期；$count：该月订单数；$shown：屏幕上显示的同一数字。
overview-bar-so-far = { $count ->
       *[other] { $month }至今（截至 { $day }）· { $shown } 笔订单
    }
# 某个月的柱子。$month：月份；$count：订单数；$shown：屏幕上显示的同一数字。
overview-bar = { $count ->
       *[other] { $month } · { $shown } 笔订单
    }
# 鼠标所指柱子名称下方；$amount：该月销售额。
overview-bar-revenue = 销售额 { $amount }
# 尚未结束的月份的柱子上方。
overview-so-far = 至今
