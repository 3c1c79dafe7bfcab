## 店铺设置窗口（窗口的语言在 ui-language.ftl 中）。
settings-title = 店铺设置
settings-shop-name = 店铺名称
settings-shop-name-hint = 印在报告上
settings-locale = 区域设置
settings-currency = 货币
settings-phone-country = 电话所属国家
settings-phone-country-tip = 没有写 + 国家代码的电话号码，按这个国家的号码读取（CN、FR、US…）
# 设置下方。$day_first：03/04/2025 按日在前读取时为“yes”；$decimal：导出文件的小数点，“comma”或“dot”；$delimiter：导出文件中列之间的字符。
settings-dates-and-exports = { $day_first ->
        [yes] 像 03/04/2025 这样的日期读作 2025年4月3日。
       *[no] 像 03/04/2025 这样的日期读作 2025年3月4日。
    }{ $decimal ->
        [comma] 导出文件使用逗号作小数点，列之间用“{ $delimiter }”分隔。
       *[dot] 导出文件使用点作小数点，列之间用“{ $delimiter }”分隔。
    }
settings-save = 保存
settings-cancel = 取消
