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
