## 数据库，以及它拒绝的操作。

store-not-clientele = { $path } 不是 Clientele 数据库（{ $reason }）。文件未被改动；请选择另一个文件或新的文件名。
store-too-new = { $path } 由更新版本的 Clientele 保存（数据格式 { $found }；当前版本最多支持 { $supported }）。请安装新版 Clientele 再打开；文件未被改动。
store-busy = 数据库 { $path } 正忙：另一个 Clientele 窗口或程序正在写入。请等它完成后再试。
store-read-only = 无法写入数据库 { $path }：文件或所在文件夹是只读的。请检查文件权限，或把它复制到您自己的文件夹后打开副本；没有做任何更改。
store-damaged = 数据库 { $path } 已损坏，无法可靠读取：请恢复一份备份副本（文件保持原样）。
store-disk-full = 存放 { $path } 的磁盘已满：请腾出一些空间后再试；没有做任何更改。
store-cannot-open = 无法打开数据库 { $path }：{ $reason }
store-cancelled = 已取消；没有做任何更改
store-sqlite = 数据库错误：{ $detail }
store-sqlite-read-only = 数据库错误：数据库文件或所在文件夹是只读的：请检查权限，或把它复制到您自己的文件夹；没有做任何更改
store-sqlite-damaged = 数据库错误：数据库文件已损坏：请恢复一份备份副本
store-sqlite-disk-full = 数据库错误：磁盘已满：请腾出一些空间后再试；没有做任何更改
store-not-sqlite = 它根本不是 SQLite 数据库
store-other-program = 它是其他程序创建的 SQLite 数据库
store-open-folder = 它是一个文件夹，不是文件
store-json = 无法读取已保存的数据：{ $detail }
refused-no-import = 没有编号为 { $id } 的导入批次（clientele imports 会列出所有批次）
refused-import-undone = 导入批次 { $id } 已在 { $at } 撤销
refused-not-a-date = “{ $value }”不是日期：请按“年-月-日”书写，例如 1985-04-23
refused-not-an-email = “{ $value }”不是电子邮件地址：缺少 @
refused-sale-without-contact = 销售明细 { $line } 指向联系人 { $index }，但该批次只有 { $contacts } 位联系人
refused-no-customer = 没有编号为 { $id } 的客户
refused-no-feedback = 没有编号为 { $id } 的反馈
refused-segment-without-name = 保存分群需要一个名称
refused-no-saved-segment = 没有名为“{ $name }”的已保存分群
refused-no-merge-given = 没有指定要撤销的合并
refused-no-merge = 没有编号为 { $id } 的合并（clientele merges 会列出所有合并）
refused-merge-undone = 合并 { $id } 已在 { $at } 撤销
refused-same-person = 客户 { $id } 不能被标记为与自己不是同一个人
refused-erased = 客户 { $id } 已在 { $at } 彻底删除，无法合并
refused-unknown-merge-field = 一份已保存的合并记录中有未知字段“{ $column }”
refused-nothing-to-merge = 没有指定要合并到客户 { $id } 的客户
refused-into-itself = 客户 { $id } 不能合并到自己
refused-listed-twice = 客户 { $id } 被列了两次
refused-undo-later-first = 合并 { $id } 不能在合并 { $later } 之前撤销，因为合并 { $later } 后来把它的客户 { $survivor } 合并到了客户 { $root }：请先撤销合并 { $later }，或两者一起撤销（clientele unmerge { $together }）
refused-survivor-merged = 客户 { $survivor } 被合并到客户 { $root } 期间，无法撤销合并 { $id }
refused-too-large-sum = 金额总和超出了 Clientele 能记录的上限（约 92 000 000 000 000 000）；文件中某个金额过大。没有做任何更改。
settings-unknown-locale = Clientele 不支持“{ $locale }”这个区域设置；请从以下选择：{ $known }。
settings-not-a-currency = “{ $currency }”不是货币代码；请使用三个字母，如 CNY、EUR 或 USD。
settings-not-a-country = “{ $country }”不是国家或地区代码；请使用两个字母，如 CN、FR 或 US。
settings-shop-name-too-long = 店铺名称超过了 { $max } 个字符。
refused-in-plan = 第 { $index } 个合并（共 { $of } 个，客户 { $survivor }）：{ $cause }；没有合并任何客户

refused-already-merged = 客户 { $id } 已经{ $merge ->
    [none] {""}
   *[other] 通过合并 { $merge }{" "}
}被合并到客户 { $root }；请改为与客户 { $root } 合并
