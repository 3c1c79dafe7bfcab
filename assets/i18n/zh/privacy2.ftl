## 按渠道筛选的营销名单、营销授权覆盖情况、客户数据 PDF 导出。

privacy2-withheld = 因未获营销授权而未导出：{ $left-out ->
   *[other] { $left-out } 位客户未列入
}，{ $emails ->
   *[other] { $emails } 个邮箱
}，{ $phones ->
   *[other] { $phones } 个电话号码
}，{ $addresses ->
   *[other] { $addresses } 个邮寄地址
}。
privacy2-marketing-list-saved = { $customers ->
   *[other] { $customers } 位客户已保存到
} { $path }。因未获营销授权而未导出：{ $left-out ->
   *[other] { $left-out } 位客户未列入
}，{ $emails ->
   *[other] { $emails } 个邮箱
}，{ $phones ->
   *[other] { $phones } 个电话号码
}，{ $addresses ->
   *[other] { $addresses } 个邮寄地址
}。
privacy2-report-consent = 营销授权
privacy2-report-consent-note = { $v1 } 位客户在各渠道的答复，按文件当前记录统计（不限于本期）。“未询问”表示没有记录答复。
privacy2-report-consent-none = 还没有客户。
privacy2-report-channel = 渠道
privacy2-report-yes = 同意
privacy2-report-no = 拒绝
privacy2-report-unknown = 未询问
privacy2-report-count-share = { $v1 }（{ $v2 }）
privacy2-report-email = 电子邮件
privacy2-report-sms = 短信
privacy2-report-post = 邮寄
privacy2-report-phone = 电话
privacy2-pdf-title = 客户 { $customer } 的全部数据
privacy2-pdf-intro = 应客户要求于 { $day } 生成：本店文件中关于该客户的全部数据，包括购买、合并、营销授权、营销活动、联系记录、客户反馈，以及对其数据所做操作的日志。
privacy2-pdf-empty = 无。
privacy2-pdf-item = 第 { $n } 项
privacy2-pdf-details = 联系信息
privacy2-pdf-extra = 导入文件中的其他列
privacy2-pdf-consent = 当前营销授权
privacy2-pdf-consent-history = 营销授权记录
privacy2-pdf-sales = 购买记录
privacy2-pdf-merges = 合并记录
privacy2-pdf-campaigns = 营销活动
privacy2-pdf-contact-history = 联系记录
privacy2-pdf-feedback = 客户反馈
privacy2-pdf-audit = 数据操作日志
privacy2-key-customer = 客户编号
privacy2-key-contact = 记录
privacy2-key-source = 来源
privacy2-key-created = 添加时间
privacy2-key-updated = 修改时间
privacy2-key-merged-contacts = 已合并的记录
privacy2-key-fields = 字段
privacy2-key-channel = 渠道
privacy2-key-state = 答复
privacy2-key-decided-on = 决定日期
privacy2-key-recorded-at = 记录时间
privacy2-key-batch = 导入
privacy2-key-id = 编号
privacy2-key-order = 订单
privacy2-key-sold-at = 销售日期
privacy2-key-product = 商品
privacy2-key-category = 品类
privacy2-key-quantity = 数量
privacy2-key-amount = 金额
privacy2-key-merge = 合并
privacy2-key-survivor = 保留的记录
privacy2-key-absorbed = 被合并的记录
privacy2-key-saved = 合并前的值
privacy2-key-score = 评分
privacy2-key-decided-by = 决定方式
privacy2-key-merged-at = 合并时间
privacy2-key-undone-at = 撤销时间
privacy2-key-campaign = 营销活动
privacy2-key-goal = 目标
privacy2-key-start-date = 开始日期
privacy2-key-group = 组别
privacy2-key-segment = 分群
privacy2-key-at = 时间
privacy2-key-kind = 类型
privacy2-key-note = 备注
privacy2-key-date = 日期
privacy2-key-text = 内容
privacy2-key-status = 状态
privacy2-key-resolved-at = 解决时间
privacy2-key-resolved-note = 处理说明
privacy2-key-action = 操作
privacy2-key-detail = 详情
privacy2-export-pdf-button = 导出为 PDF
privacy2-export-pdf-hover = 将该客户的全部数据写入数据库旁 exports 文件夹中的 PDF
privacy2-pdf-merged-records = 并入该客户的记录
