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
