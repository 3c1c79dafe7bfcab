## 操作日志页面。

privacy2-audit-title = 操作日志
privacy2-audit-intro = 谁在何时对店铺数据做了什么，最新的在前。已彻底删除客户的记录中不含其任何数据。
privacy2-audit-kind = 类型：
privacy2-audit-every-kind = 全部类型
privacy2-audit-search = 搜索：
privacy2-audit-none = 没有符合条件的记录。
privacy2-audit-newer = 较新
privacy2-audit-older = 较早
privacy2-audit-when = 时间
privacy2-audit-what = 操作
privacy2-audit-details = 详情
privacy2-audit-kind-import = 导入
privacy2-audit-kind-undo-import = 撤销导入
privacy2-audit-kind-merge = 合并
privacy2-audit-kind-unmerge = 撤销合并
privacy2-audit-kind-edit = 编辑
privacy2-audit-kind-erase = 彻底删除
privacy2-audit-kind-export = 导出
privacy2-audit-kind-campaign = 营销活动
privacy2-audit-kind-consent = 营销授权
privacy2-audit-kind-contact-note = 联系备注
privacy2-audit-kind-add-feedback = 添加反馈
privacy2-audit-kind-resolve-feedback = 投诉已处理
privacy2-audit-kind-not-duplicate = 不是同一人
privacy2-audit-kind-not-duplicate-removed = 撤销“不是同一人”
privacy2-audit-kind-settings = 设置
privacy2-audit-kind-segment-saved = 分群已保存
privacy2-audit-kind-segment-deleted = 分群已删除
privacy2-audit-kind-clear = 店铺已清空
privacy2-audit-lines = { $count ->
   *[other] 第 { $first }–{ $last } 条，共 { $total } 条
}
privacy2-audit-detail = { $details }
privacy2-audit-kind-backup = 备份
privacy2-audit-kind-restore = 从备份恢复
