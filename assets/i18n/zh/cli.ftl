## 命令行对所做操作的说明。

cli-erase-nobody = 没有匹配的客户：无需彻底删除。
cli-erase-needs-yes = 没有删除任何内容：加上 --yes 重新运行命令，才会彻底删除
cli-subject-written = 客户 { $customer } 的全部数据（{ $lines } 条销售明细）已写入 { $path }。
cli-backup-written = 备份已写入 { $path }。
cli-backup-holds = { $path } 包含 { $customers } 位客户和 { $lines } 条销售明细，时间从 { $first } 到 { $last }。
cli-restore-needs-yes = 没有恢复任何内容：加上 --yes 重新运行命令，才会恢复
cli-restored = 已恢复 { $path }；备份之后彻底删除的 { $erased } 位客户已再次彻底删除。
cli-customers-shown = 显示了 { $of } 位客户中的 { $shown } 位（用 --limit 查看更多）
cli-merged = 已将 { $absorbed } 合并到 { $survivor }。
cli-merge-undone = 已撤销合并 { $merge }：客户 { $absorbed }（{ $absorbed-name }）重新成为独立客户；客户 { $survivor }（{ $survivor-name }）被合并改动过的字段已恢复为原来的值。
cli-demo-saved = 演示店铺已保存到 { $path }：{ $customers } 位客户，{ $orders } 笔订单，{ $lines } 条销售明细，销售额 { $revenue }（{ $first } 到 { $last }）。
cli-imported = 已从 { $file } 导入 { $imported } 行（共读取 { $read } 行），导入批次为 { $batch }。
cli-checked = 已检查 { $file }（未写入任何内容）：读取的 { $read } 行中，有 { $imported } 行可以导入。
cli-import-counts = { $contacts } 位新联系人，{ $sales } 条销售明细（其中 { $known } 条属于已有客户）。
cli-import-problems = { $rejected } 行被拒绝，{ $warnings } 个值附警告另行保留：
cli-import-more-problems = …（查看全部：clientele imports，或 --errors-out FILE.csv）
cli-basket-summary = { $orders } 笔订单，{ $items } 种商品：{ $itemsets } 个频繁项集，{ $rules } 条关联规则。
cli-basket-written = { $what ->
    [rules] 关联规则
   *[other] 频繁项集
}已写入 { $path }。
cli-recommend-written = 为 { $customers } 位客户生成的 { $rows } 条推荐已写入 { $path }。
cli-forecast-written = 历史数据和销售预测已写入 { $path }。
cli-cohorts-written = { $cohorts } 个同期群已写入 { $path }。
cli-rfm-written = 截至 { $as-of } 的 { $customers } 位客户的 RFM 已写入 { $path }。
cli-feedback-terms-written = { $rows } 个关键词已写入 { $path }。
cli-feedback-unhappy-written = { $rows } 位不满意的客户已写入 { $path }。
cli-feedback-added = 已为客户 { $customer } 添加反馈 { $id }。
cli-feedback-resolved = 反馈 { $id } 已标记为已解决。
cli-feedback-no-such-language = 关键词表不支持“{ $code }”这种语言：请使用 en、fr、ru、zh 或 hy
cli-feedback-overall = 全部
cli-feedback-dates-ambiguous = 所有日期既可以按“日/月”也可以按“月/日”读：已按店铺的区域设置读取（用 --date-format 指定）。
cli-predict-written = 截至 { $as-of } 的 { $customers } 位客户的复购预测已写入 { $path }。
cli-segment-saved = 分群“{ $name }”已保存：截至 { $as-of }，有 { $members } 位客户符合条件。
cli-sales-written = { $lines } 条销售明细已写入 { $path }。
cli-customers-written = { $customers } 位客户已写入 { $path }（数据截至 { $as-of }）。
cli-report-written = { $from } 到 { $to } 的报告已写入 { $path }（{ $kb } KB）。
cli-report-not-translated = 报告还没有“{ $code }”版本，已用英文生成。
cli-cannot-write = 无法写入 { $path }
cli-demo-not-saved = 无法保存演示店铺

cli-import-undone = 已撤销导入批次 { $batch }：删除了 { $sales } 条销售明细和 { $contacts } 位联系人{ $kept ->
    [0] {""}
   *[other] ；它创建的 { $kept } 位联系人被保留，因为之后的导入或合并用到了他们
}。
cli-erase-preview = 彻底删除将移除 { $customers } 位客户（{ $contacts } 条联系人记录）：包括他们的姓名、地址、电子邮件、电话和其他列，{ $problems } 行导入问题，{ $merges } 份合并快照，{ $pairs } 条“不是同一个人”的判断，{ $consent } 条营销授权记录，以及 { $audit } 条审计记录中他们的值。他们的 { $lines } 条销售明细会保留，改为匿名记录。
cli-erased = 已彻底删除 { $customers } 位客户（{ $contacts } 条联系人记录）：包括他们的姓名、地址、电子邮件、电话和其他列，{ $problems } 行导入问题，{ $merges } 份合并快照，{ $pairs } 条“不是同一个人”的判断，{ $consent } 条营销授权记录，以及 { $audit } 条审计记录中他们的值。他们的 { $lines } 条销售明细已保留，改为匿名记录。
cli-customer = { $name ->
    [none] 客户 { $id }
   *[other] 客户 { $id }（{ $name }）
}
cli-merge-numbers = 共 { $count } 次合并，合并编号 { $numbers }；撤销命令：clientele unmerge { $undo }
cli-merged-all = 按阈值 { NUMBER($threshold, minimumFractionDigits: 3, maximumFractionDigits: 3) } 合并了 { $groups } 组：{ $absorbed } 位客户被合并到其他客户中（查看：clientele merges；撤销：clientele unmerge）。
cli-set-aside = { $orders } 笔状态为“{ $status }”的订单（{ $amount }）已保留，但不计入统计。
basket-rule = 含有 { $antecedents } 的订单中，每 10 笔有 { $per-ten } 笔也含有 { $consequents }，是平均水平的 { NUMBER($lift, minimumFractionDigits: 1, maximumFractionDigits: 1) } 倍（{ $orders } 笔订单）
cli-feedback-bad-score = “{ $value }”不是有效的{ $scale ->
    [nps] NPS 评分（应为 0 到 10）
    [thumbs] 赞/踩评价（应为赞或踩）
   *[other] 评分（应为 1 到 5）
}
