## 导入标签页。

import-title = 导入

## 导入标签页的标签、按钮和提示。

import-import = 导入
import-open-a-file = 打开文件…
import-ctrl-o = Ctrl+O
import-or-drop-a-file-on = 或者把文件拖到窗口上：CSV、TSV、文本、Excel（XLSX、XLS）或 OpenDocument（ODS）。
import-bring-in-the-customers-and = 导入收银系统、网店、会员卡服务或您自己的电子表格导出的客户和销售数据。保存之前，您可以先看到文件的读取方式和每一列对应的字段；每次导入都可以在下方撤销。
import-reading-the-file = 正在读取文件…
import-using-the-mapping-from-your = 沿用您上次导入这种格式时的列对应关系。
import-the-file-holds = 文件内容：
import-format = 格式：
import-encoding = 编码：
import-delimiter = 分隔符：
import-sheet = 工作表：
import-header-row = 表头行：
import-the-column-names-are-one = 列名在上一行
import-the-column-names-are-one-2 = 列名在下一行（上面还有标题行）
import-decimal-separator = 小数点：
import-dates = 日期：
import-row = 行
import-kept-as-extra = 作为附加列保留
import-check = 检查
import-choose-the-columns-above-the = 请在上方选择各列；一旦可以导入，就会立即检查文件。
import-checking-every-row-nothing-is = 正在检查每一行（尚未写入任何内容）…
import-stop = 停止
import-cancel = 取消
import-save-rejected-rows-as-csv = 将被拒绝的行另存为 CSV…
import-open-the-customers-tab = 打开“客户”标签页
import-show-all-rejected-rows = 显示所有被拒绝的行
import-import-another-file = 导入另一个文件…
import-import-another-file-2 = 导入另一个文件…
import-history = 导入记录
import-nothing-has-been-imported-yet = 还没有导入过任何内容。
import-undone = 已撤销
import-undo = 撤销
import-remove-what-this-import-added = 删除这次导入添加的内容
import-rejected-rows = 被拒绝的行
import-close = 关闭
import-this-import-has-no-problems = 这次导入没有记录任何问题。
import-rejected-rows-2 = 被拒绝的行
import-save-rejected-rows-as-csv-2 = 将被拒绝的行另存为 CSV…
import-counting-what-it-added = 正在统计它添加的内容…
import-contacts-that-a-later-import = 后来的导入或合并用到的联系人会保留。这次导入仍留在导入记录中，标记为已撤销。
import-undo-the-import = 撤销导入
import-enter = Enter
import-keep-it = 保留
import-esc = Esc

## 导入标签页：文件内容和读取方式。

import-job-check = 正在检查文件
import-job-reading = 正在读取
# $file：文件名。
import-job-import = 导入 { $file }
import-job-starting = 正在启动
import-kind-contacts = 联系人
import-kind-sales = 销售
# $note：关于文件的说明。
import-note = 注意：{ $note }
import-hint-contacts = 个人和公司
import-hint-sales = 销售明细：注明客户或为散客销售
# $layout：收银系统或网店导出格式的名称。
import-hint-contacts-layout = 个人和公司（{ $layout } 格式）
import-hint-sales-layout = 销售明细：注明客户或为散客销售（{ $layout } 格式）
import-hint-contacts-guessed = 个人和公司（根据列推断）
import-hint-sales-guessed = 销售明细：注明客户或为散客销售（根据列推断）
import-delimiter-tab = 制表符
import-delimiter-comma = 逗号 ,
import-delimiter-semicolon = 分号 ;
import-delimiter-bar = 竖线 |
import-format-csv = 文本（CSV）
import-format-xlsx = Excel 工作簿（XLSX）
import-format-xls = Excel 97-2003 工作簿（XLS）
import-format-ods = OpenDocument 电子表格（ODS）
# $encoding：文本编码名称，例如 UTF-8。
import-encoding-detected = { $encoding }（自动识别）
import-decimal-dot = 点：1234.56
import-decimal-comma = 逗号：1234,56
import-order-day-first = 日在前：31/12/2025
import-order-month-first = 月在前：12/31/2025
# $example：文件中的一个日期，按原样书写。
import-ask-date-order = 这个文件是怎样写日期的？像 { $example } 这样的日期有两种读法，文件里没有哪个日期能说明是哪一种。
# $example：文件中的一个日期；$date：按“日在前”读出的日期。
import-read-day-first = 日在前：{ $example } 是 { $date }
# $example：文件中的一个日期；$date：按“月在前”读出的日期。
import-read-month-first = 月在前：{ $example } 是 { $date }
import-day-first = 日在前
import-month-first = 月在前
# $count：列数。
import-columns-understood = 各列的识别结果（{ $count }）

## 导入标签页：检查发现的问题。

import-tag-rejected = 被拒绝
import-tag-warning = 警告
# 一组问题。$tag：拒绝或警告；$count：数量（屏幕上显示的数字）；$kind：问题是什么。
import-problem-group = { $tag } · { $count } × { $kind }
# $shown：归组显示的问题数；$total：问题总数；均为屏幕上显示的数字。
import-problems-first = 这里按类别显示 { $total } 个问题中的前 { $shown } 个；全部问题都会随导入一起保存。
# 以下 $count 是数字，$shown 是屏幕上显示的同一数字。
import-rows-ok = { $count ->
       *[other] { $shown } 行正常
    }
import-rows-rejected = { $count ->
       *[other] { $shown } 行被拒绝
    }
import-warnings = { $count ->
       *[other] { $shown } 个警告
    }
import-contacts-added = { $count ->
       *[other] 将添加 { $shown } 位联系人
    }
# $count、$shown：销售明细；$new：新客户；$known：属于已有客户的明细；均为屏幕上显示的数字。
import-sales-summary = { $count ->
       *[other] { $shown } 条销售明细；{ $new } 位新客户，{ $known } 条明细属于已有客户
    }
import-walk-in = { $count ->
       *[other] { $shown } 条散客销售明细（无客户）：计入销售额，但不计入任何客户的数据
    }
# 状态不计入的订单（已取消、已退货…）。$status：状态，按文件中的写法；$amount：总额。
import-set-aside = { $count ->
       *[other] { $shown } 笔“{ $status }”订单（{ $amount }）已保留，但不计入统计
    }
# $date：日期；$id：导入批次；$rows：行数（屏幕上显示的数字）。
import-already-imported = 这个文件已于 { $date } 导入过（导入批次 { $id }，{ $rows } 行）。再次导入会把这些行再添加一遍。
import-again-anyway = 仍然再次导入
import-bad-dates = { $count ->
       *[other] { $shown } 行的销售日期早于 1900 年或晚于明天，已被拒绝。
    }
import-accept-any-date = 接受早于 1900 年或未来的日期
import-button = { $count ->
       *[other] 导入 { $shown } 行
    }
import-why-columns = 请先选择导入需要的列。
import-why-dates = 请先选择这个文件的日期写法（日在前还是月在前）。
import-why-again = 这个文件以前导入过：勾选“仍然再次导入”才能再导入一次。
import-why-no-row = 这个文件没有任何一行可以导入。
import-why-checking = 每一行都检查完之后，才能导入文件。
# 被拒绝的行所在文件的名称。$stem：导入文件的名称，不含扩展名。
import-rejected-file = { $stem } - 被拒绝的行.csv

## 导入标签页：导入结果、导入记录和问题。

# $file：文件名。
import-not-imported = { $file } 未导入
# $file：文件名。
import-imported = { $file } 已导入
# 以下数字均为屏幕上显示的数字。
import-done-contacts = { $new } 位新联系人
import-done-sales = { $new } 位新客户，{ $lines } 条销售明细（其中 { $known } 条属于已有客户）
# $imported、$read：行数；$what：添加了什么（上面两条消息之一）。
import-done = 已导入 { $read } 行中的 { $imported } 行：{ $what }。
import-done-problems = { $rejected } 行被拒绝，{ $warnings } 个值带警告另行保留：
# $id：导入批次。
import-saved-as = 已保存为导入批次 { $id }：可在下方的导入记录中撤销。
import-history-import = 导入批次
import-history-what = 内容
import-history-file = 文件
import-history-read = 读取
import-history-imported = 已导入
import-history-rejected = 被拒绝
import-history-when = 时间
import-batch-contacts = 联系人
import-batch-sales = 销售
import-batch-demo = 演示店铺
import-batch-feedback = 客户反馈
# $date：撤销导入的日期。
import-undone-on = 已于 { $date } 撤销
# $id：导入批次。
import-problems-of = 导入批次 { $id } 的问题
import-problems-row = 行
import-problems-column = 列
import-problems-value = 值
import-problems-row-as-read = 读取到的行
# $count：被拒绝的行数（屏幕上显示的数字）；$shown：显示了多少行。
import-problems-first-rows = 共 { $count } 行被拒绝，这里显示前 { $shown } 行；另存为 CSV 可查看全部。
# $id：导入批次。
import-file-stem = 导入批次 { $id }
# $id：导入批次。
import-undo-ask = 撤销导入批次 { $id }？
import-the-demo-shop = 演示店铺
# $sales、$contacts：屏幕上显示的数字；$file：文件名。
import-undo-what = 删除这次导入（{ $file }）的 { $sales } 条销售明细和 { $contacts } 位联系人？
