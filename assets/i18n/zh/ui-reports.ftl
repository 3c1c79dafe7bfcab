## 报告标签页。

reports-title = 报告

## 报告标签页的标签、按钮和提示。

reports-print-the-report = 打印报告
reports-looking-for-printers = 正在查找打印机…
reports-no-printer-is-set-up = 这台电脑没有设置打印机。请在系统的打印机设置中添加一台，或者保存 PDF 后在另一台电脑上打印。
reports-close = 关闭
reports-printer = 打印机
reports-copies = 份数
reports-paper = 纸张
reports-cancel = 取消
reports-report = 报告
reports-period = 时间段
reports-no-sales-in-this-period = 这个时间段没有销售：报告中的数据将为空。
reports-sections = 章节
reports-none = 全不选
reports-all = 全选
reports-choose-at-least-one-section = 请至少选择一个章节。
reports-paper-2 = 纸张
reports-save-pdf = 保存 PDF…
reports-save-the-report-as-a = 将报告保存为 PDF 文件（Ctrl+S）
reports-print = 打印…
reports-choose-a-printer-copies-and = 选择打印机、份数和纸张，然后打印（Ctrl+P）
reports-yyyy-mm-dd = YYYY-MM-DD
reports-type-both-dates-as-yyyy = 两个日期都请写成 YYYY-MM-DD，例如 2025-01-31。
reports-the-first-date-is-after = 第一个日期晚于第二个日期。
reports-use-these-dates = 使用这些日期
reports-fit-width = 适合宽度
reports-larger = 放大
reports-smaller = 缩小

## 报告标签页的时间段、纸张、打印和预览。

reports-this-month = 本月
reports-last-month = 上月
reports-this-quarter = 本季度
reports-last-quarter = 上季度
reports-this-year = 今年
reports-last-year = 去年
reports-custom = 自选日期
reports-paper-a4 = A4
reports-paper-letter = Letter
reports-sending-to-printer = 正在把报告发送到打印机…
reports-job = 正在生成报告
reports-job-starting = 正在启动
# $printer：打印机名称。
reports-default-printer = { $printer }（默认）
# $printer：打印机名称。
reports-print-on = 用 { $printer } 打印
# $from、$to：时间段的第一天和最后一天。
reports-period-dates = { $from } 至 { $to }
# $pages：页数；$size：文件大小，单位 KB（屏幕上显示的数字）。
reports-pages-size = { $pages ->
       *[other] { $pages } 页 · { $size } KB
    }
reports-from = 从
reports-to = 到
# $page：页码；$count：总页数。
reports-page-of = 第 { $page } 页，共 { $count } 页

## 报告标签页：保存报告时建议的文件名（不能含 / \ : * ? " < > |）。
# $shop：店铺名称；$from、$to：第一天和最后一天，格式为 YYYY-MM-DD。
reports-file-name = { $shop } 报告 { $from } 至 { $to }.pdf
# 店铺没有名称时文件名中使用的店铺名称。
reports-file-name-shop = 店铺
