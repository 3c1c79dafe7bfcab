## 营销活动标签页，以及营销活动 PDF 上的文字。

campaigns-title = 营销活动

## 电话营销活动的通话单。

campaigns-pdf-call-sheet = 通话单：{ $name }
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

campaign-pdf-channel = { $path }：只有邮寄（地址标签、信件）或电话（通话单）营销活动才生成 PDF；此活动的渠道是{ $channel }：请将联系人名单写成 .csv 或 .xlsx。
campaign-letter-field = { $path }，第 { $line } 行：信件使用了不存在的字段 {"{"}{ $field }{"}"}；可用字段为 { $fields }。
campaign-letter-unreadable = 无法读取信件 { $path }：{ $detail }
