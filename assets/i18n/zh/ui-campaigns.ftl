## 营销活动标签页，以及营销活动 PDF 上的文字。

campaigns-title = 营销活动

## 电话营销活动的电话联系单。

campaigns-pdf-call-sheet = 电话联系单：{ $name }
campaigns-pdf-phone = 电话
campaigns-pdf-segment = 分群
campaigns-pdf-last-purchase = 最近一次购买
campaigns-pdf-suggested = 推荐
campaigns-pdf-reached = 已接通
campaigns-pdf-not-reached = 未接通
campaigns-pdf-call-back = 需回电
campaigns-pdf-notes = 备注
campaigns-pdf-page-of = 第 { $page } 页，共 { $pages } 页

## 营销活动 PDF 的错误（campaigns.ftl 的译文）。

campaign-pdf-channel = { $path }：只有邮寄（地址标签、信件）或电话（电话联系单）营销活动才生成 PDF；此活动的渠道是{ $channel }：请将联系人名单写成 .csv 或 .xlsx。
campaign-letter-field = { $path }，第 { $line } 行：信件使用了不存在的字段 {"{"}{ $field }{"}"}；可用字段为 { $fields }。
campaign-letter-unreadable = 无法读取信件 { $path }：{ $detail }

## 营销活动标签页。

campaigns-job = 正在衡量营销活动
campaigns-job-starting = 正在启动
campaigns-creating = 正在创建营销活动
campaigns-new = 新建营销活动
campaigns-empty = 还没有营销活动。请点击上方的“新建营销活动”（或运行 clientele campaign create）：选择要联系的客户，系统会随机留出对照组，让您看清联系真正带来了什么。
campaigns-about = 通过{ $channel }联系 { $target }，{ $start } 至 { $end }
campaigns-customers = 客户
campaigns-responders = 响应客户
campaigns-rate = 响应率
campaigns-target-group = 已联系（目标组）
campaigns-control-group = 对照组
campaigns-uplift = 增量提升：响应率高出 { $diff } 个百分点（95% 置信区间：{ $low } 至 { $high }）
campaigns-form-name = 名称
campaigns-form-name-hint = 例如：春季召回
campaigns-form-goal = 目的
campaigns-form-target = 对象
campaigns-form-list-hint = 例如：At risk
campaigns-form-channel = 渠道
campaigns-form-control = 对照组
campaigns-form-window = 响应期（天）
campaigns-form-response = 响应
campaigns-form-response-hint = any、product:名称、category:名称 或 revenue
campaigns-form-cost = 每次联系成本
campaigns-form-cost-hint = 可选
campaigns-form-create = 创建营销活动
campaigns-created = 营销活动“{ $name }”已创建：联系 { $target } 位客户，留出 { $control } 位作为对照组。
campaigns-left-out = 未纳入：{ $no_consent } 位没有营销授权，{ $said_no } 位已拒绝，{ $no_address } 位没有此渠道的联系方式。
campaigns-goal-win-back = 召回
campaigns-goal-thank = 致谢
campaigns-goal-cross-sell = 交叉销售
campaigns-goal-announce = 通知
campaigns-kind-segment = 分群
campaigns-kind-saved = 已保存的分群
campaigns-kind-tier = 价值等级
campaigns-kind-stage = 生命周期阶段
campaigns-kind-predict = 复购预测名单
campaigns-kind-offer = 推荐对象
