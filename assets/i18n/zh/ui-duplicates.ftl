## 重复客户标签页。

duplicates-title = 重复客户

## 重复客户标签页的标签、按钮和提示。

duplicates-duplicates = 重复客户
duplicates-find-duplicates-again = 重新查找重复客户
duplicates-compares-every-customer-with-the = 将每位客户与可能匹配的客户逐一比较；已做过的决定会保留
duplicates-looking-for-customers-registered-more = 正在查找重复登记的客户…
duplicates-groups-below-the-threshold-look = 低于阈值的组：请另行查看；除非您要求，否则不会合并
duplicates-no-likely-duplicates-found-every = 没有发现疑似重复客户：每位客户似乎都只登记了一次。
duplicates-these-groups-are-below-the = 这些组低于建议的阈值：大多是同名或同住址的不同客户。
duplicates-previous-group = 上一组（←）
duplicates-next-group = 下一组（→）
duplicates-marked-as-different-people = 已标记为不同的人
duplicates-skipped = 已跳过
duplicates-merge-anyway = 仍然合并
duplicates-merge-y = 合并（Y）
duplicates-not-the-same-person-n = 不是同一人（N）
duplicates-skip-s = 跳过（S）
duplicates-keep-this-customer-s-number = 保留这位客户及其客户编号，其他客户都并入这位客户
duplicates-after-merging = 合并后
duplicates-reference = 编号
duplicates-keep-this-value = 保留这个值
duplicates-merge-every-group-above = 合并以上所有组
duplicates-merge-them = 合并它们…
duplicates-merge = 合并
duplicates-cancel = 取消
duplicates-merge-history = 合并记录
duplicates-no-customers-have-been-merged = 还没有合并过任何客户。
duplicates-unmerge = 撤销合并

## 状态栏中重复客户标签页的任务。

duplicates-job-find = 正在查找重复客户
duplicates-job-merge-one = 正在合并
duplicates-job-merge-many = 正在合并重复客户
duplicates-job-starting = 正在启动

## 重复客户标签页：逐组核对。

# $shown：组数（屏幕上显示的数字）。
duplicates-likely-tab = 疑似重复（{ $shown }）
# $shown：组数（屏幕上显示的数字）。
duplicates-unlikely-tab = 可能性低（{ $shown }）
# $at：该组在列表中的位置；$count：总组数。
duplicates-group-of = 第 { $at } 组，共 { $count } 组
# $certainty：百分比。
duplicates-certainty-unlikely = 可能性低：匹配度 { $certainty }
# $certainty：百分比。
duplicates-certainty = 匹配度 { $certainty }
duplicates-cut-from-chain = 这组是从一长串相似客户中拆出来的：请仔细核对
duplicates-merged = 已合并
# $reason：这些客户看起来是同一人的原因。
duplicates-why = 原因：{ $reason }
# $reason：原因；$certainty：百分比。
duplicates-reason-certainty = { $reason }（匹配度 { $certainty }）
# $id：客户编号。
duplicates-customer-kept = 客户 { $id }（保留）
# $id：客户编号。
duplicates-customer = 客户 { $id }
# $n：组数；$n_shown：屏幕上显示的同一数字；$m：被合并到其他客户的客户数；$m_shown：屏幕上显示的同一数字。
duplicates-merge-ask = 合并 { $n ->
       *[other] { $n_shown } 组
    }（{ $m ->
       *[other] { $m_shown } 位客户
    }并入其他客户）？每次合并都可以在合并记录中撤销。

## 重复客户标签页的合并记录：列标题和单元格。

duplicates-history-merge = 合并
duplicates-history-kept = 保留
duplicates-history-merged-into = 并入的客户
duplicates-history-certainty = 匹配度
duplicates-history-by = 操作人
duplicates-history-when = 时间
# $when：撤销合并的日期和时间。
duplicates-history-undone = 已于 { $when } 撤销
# 合并由谁决定。
duplicates-by-user = 您
duplicates-by-auto = 自动

## 重复客户标签页的汇总和批量合并。

# $groups：组数；$shown_groups：屏幕上显示的数字；$customers：客户数；$shown_customers：屏幕上显示的数字；$open：待核对的组（屏幕上显示的数字）；$threshold：百分比。
duplicates-summary = 在 { $customers ->
       *[other] { $shown_customers } 位客户
    }中发现 { $groups ->
       *[other] { $shown_groups } 组
    }疑似重复客户（还有 { $open } 组待核对）。按匹配度从高到低排列；建议的匹配度阈值为 { $threshold }。
# $count：客户数；$shown：屏幕上显示的同一数字。
duplicates-not-judgeable = { $count ->
       *[other] { $shown } 位客户没有姓名、电子邮件或电话，不参与查找重复客户。
    }
# $n：组数；$n_shown：屏幕上显示的同一数字；$m：被合并到其他客户的客户数；$m_shown：屏幕上显示的同一数字。
duplicates-bulk-count = { $n ->
       *[other] { $n_shown } 组
    }，{ $m ->
       *[other] { $m_shown } 位客户
    }已被合并
