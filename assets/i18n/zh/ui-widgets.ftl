## 客户的字段，作为编辑框旁的标签（客户、重复客户、分群）。

field-first-name = 名
field-last-name = 姓
field-company = 公司
field-email = 电子邮件
field-phone = 电话
field-street = 街道地址
field-street2 = 街道地址（第 2 行）
field-city = 城市
field-postcode = 邮编
field-region = 省/地区
field-country = 国家/地区
field-birth-date = 出生日期
field-gender = 性别
field-language = 语言
field-marketing-consent = 营销授权

## 共用组件、关键数据卡片、进度、任务。

widgets-cancel = 取消

## 客户标签页详情中的客户复购预测。

prediction-predictions = 复购预测
prediction-not-worked-out-for-the = 尚未针对当前数据计算。
prediction-too-little-data-for-predictions = 数据太少，无法做复购预测（见“复购预测”标签页）。
prediction-no-purchase-on-or-before = 在做复购预测的那天或之前没有购买记录。
prediction-still-a-customer = 仍会购买？

## 显示文件内容的窗口。

filewindow-folder-or-file = 文件夹或文件
filewindow-type-or-paste-a-path = 输入或粘贴路径
filewindow-go = 前往
filewindow-places = 位置
filewindow-recent-folders = 最近的文件夹
filewindow-up-one-folder = ↑ 上一级文件夹
filewindow-file-name = 文件名
filewindow-cancel = 取消

## 图表旁的分析。

insights-work-out-the-figures-again = 重新计算
insights-there-are-no-sales-yet = 还没有销售数据，暂时没有分群或图表可显示。
insights-import-a-file-of-sales = 请在“导入”标签页（Ctrl+2）导入销售文件，或加载演示店铺。
insights-working-out-who-your-customers = 正在分析您的客户和店铺的经营情况…
insights-as-of = 截至
insights-latest-sale = 最近一笔销售
insights-yyyy-mm-dd = YYYY-MM-DD

## 接下来向客户推荐什么。

suggested-suggested-next = 下次推荐
suggested-working-out-what-sells-together = 正在计算哪些商品经常一起卖出…
suggested-nothing-yet-no-product-they = 暂无推荐：与这位客户常买商品搭配的商品，这位客户都已买过。

## 客户标签页详情中的客户复购预测。

# $days：未来的天数。
prediction-chance-in-days = { $days ->
       *[other] { $days } 天内再次购买的可能性
    }
# $words：可能性（文字）；$percent：百分比形式的概率。
prediction-alive = { $words }（{ $percent }）
# $days：未来的天数。
prediction-purchases-in-days = { $days ->
       *[other] { $days } 天内预计购买次数
    }
# $months：未来的月数。
prediction-value-months = { $months ->
       *[other] 未来 { $months } 个月的预计价值
    }

## 关键数据卡片（概览）。

# $arrow：▲ 或 ▼；$change：百分比形式的变化。
widgets-change = 较之前 { $arrow } { $change }
widgets-new-nothing-before = 新增：之前没有
widgets-no-change = 没有变化
# 任务进行到的阶段和进度。$stage：阶段；$percent：进度。
widgets-progress = { $stage }（{ $percent }）
# 图表中的一个周期。$date：第一天。
widgets-week-of = { $date } 当周

## 分群和图表上方的日期（分群、图表）。

insights-show = 显示
insights-date-hint = 日期请写成 2025-06-30
# $date：日期；$count：客户数；$shown：屏幕上显示的同一数字；$revenue：他们的销售额。
insights-figures-as-of = { $count ->
       *[other] 截至 { $date } 的数据：{ $shown } 位下过单的客户，销售额 { $revenue }。
    }
# 同上，日期是最近一笔销售的那天。
insights-figures-as-of-latest = { $count ->
       *[other] 截至 { $date }（最近一笔销售的日期）的数据：{ $shown } 位下过单的客户，销售额 { $revenue }。
    }

## 接下来向客户推荐什么（客户标签页详情）。

# $rank：推荐的名次；$product：商品名称。
suggested-rank = { $rank }. { $product }
# $bought：客户买过的东西；$rule：说明它与该商品多常一起购买的句子。
suggested-because = 他们买过 { $bought }：{ $rule }。

## 窗口自带的文件窗口。

# $folder：文件夹；$error：原因。
filewindow-cannot-open = 无法打开 { $folder }：{ $error }
# $path：文件。
filewindow-no-such-file = { $path } 不存在。

## 客户仍在购买的可能性（复购预测、客户详情）。

alive-still-buying = 很可能仍在购买
alive-slipping = 正在流失
alive-gone = 很可能已流失

## 文件对话框：标题和文件类型。

dialogs-title-import = 导入文件
dialogs-title-csv = 另存为 CSV
dialogs-title-spreadsheet = 保存客户
dialogs-title-pdf = 保存报告
dialogs-title-png = 将图表保存为图片
dialogs-filter-spreadsheets = 电子表格和 CSV
dialogs-filter-all = 所有文件
dialogs-filter-csv = CSV
dialogs-filter-xlsx = Excel 工作簿
dialogs-filter-pdf = PDF 文档
dialogs-filter-png = PNG 图片
dialogs-already-open = 已经打开了一个文件对话框。

## 窗口自带的文件窗口：位置和按钮。

filewindow-home = 主目录
filewindow-documents = 文档
filewindow-downloads = 下载
filewindow-desktop = 桌面
filewindow-save = 保存
filewindow-open = 打开

## 其他共用词语。

prediction-open-predictions = 打开复购预测
suggested-job = 正在查找经常一起卖出的商品
suggested-job-starting = 正在启动

## 概览、复购预测和客户反馈标签页共用：失败的任务，以及客户列表。
widgets-work-them-out-again = 重新计算
widgets-show-in-customers = 在“客户”中查看
widgets-show-in-customers-tip = 打开“客户”标签页，只显示这些客户
widgets-save-as-spreadsheet = 另存为电子表格…
widgets-save-as-spreadsheet-tip = Excel 工作簿（.xlsx）或 CSV 文件
