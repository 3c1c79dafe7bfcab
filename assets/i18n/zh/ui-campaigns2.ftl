## 客户详情中的联系记录和店主的备注。

contact-history-title = 联系记录（{ $count }）
contact-history-line = { $day } · { $kind }：{ $note }
contact-history-call = 电话
contact-history-visit = 到店
contact-history-complaint = 投诉
contact-history-campaign = 营销活动
contact-history-other = 备注
contact-history-add = 添加备注
contact-history-note-hint = 说了什么或做了什么
contact-history-bad-day = 请按 YYYY-MM-DD 格式填写日期。
contact-history-save = 添加这条备注
campaign-note-empty = 备注不能为空。
campaign-note-added = 备注已添加到客户 { $id } 的联系记录。
