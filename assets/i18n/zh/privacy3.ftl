# 在窗口中：彻底删除整个导入的客户、保留规则“超过 N 年没有订单”、从备份恢复。

# “导入”页的历史：单个导入的菜单。
privacy3-import-menu-hover = 此导入的更多操作
privacy3-import-erase = 彻底删除此导入中的客户…
privacy3-import-erase-hover = 彻底删除至少有一条记录来自此导入的客户：先显示将删除的内容，再确认
# $batch：导入编号。
privacy3-erase-batch-title = 彻底删除导入 { $batch } 中的客户？
# $years：没有订单的年数；$day：从哪一天起没有订单。
privacy3-erase-inactive-title = 彻底删除超过 { $years } 年没有订单的客户（自 { $day } 起没有订单）？
privacy3-erase-nobody = 没有要删除的客户：已没有人符合条件。
# $count：客户数；$shown：屏幕上显示的同一数字。
privacy3-erase-yes = { $count ->
       *[other] 彻底删除 { $shown } 位客户
    }
privacy3-erase-job = { $count ->
       *[other] 正在彻底删除 { $shown } 位客户
    }
privacy3-close = 关闭

# 店铺设置：数据保留。
privacy3-keeping-heading = 数据保留
privacy3-keeping-intro = 彻底删除很久没有下单的客户。他们的销售记录会保留为匿名记录，所有合计都不变。
privacy3-keeping-rule = 没有订单已超过
# 在所选年数之后。
privacy3-keeping-years = { $years ->
       *[other] 年的客户
    }
# $day：在此日期之后下过单的客户会保留。
privacy3-keeping-nobody = 所有客户自 { $day } 起都下过单：没有要删除的客户。
privacy3-keeping-count = { $count ->
       *[other] 自 { $day } 起没有下单的客户共 { $shown } 位：
    }
privacy3-keeping-more = { $count ->
       *[other] 另有 { $shown } 位
    }
privacy3-keeping-last = 最后订单 { $day }
privacy3-keeping-no-order = 没有订单
privacy3-keeping-erase = 彻底删除这些客户…
privacy3-keeping-erase-hover = 先显示将删除的内容，再确认
# “备份”部分。
privacy3-backups-folder = 备份副本保存在 { $path }：每天打开窗口时备份一次，每次导入、全部合并、彻底删除和恢复之前也各备份一次（保留 7 份每日备份和 4 份每周备份）。
privacy3-restore-button = 恢复…
privacy3-restore-hover = 显示此备份包含的内容，再确认

# 恢复前的确认。$name：备份文件名。
privacy3-restore-title = 从备份 { $name } 恢复？
privacy3-restore-made = 此备份创建于 { $day }。
privacy3-restore-in-copy = 备份中
privacy3-restore-now = 当前
privacy3-restore-customers = 客户
privacy3-restore-lines = 销售明细
privacy3-restore-first = 首次销售
privacy3-restore-last = 最近销售
privacy3-restore-before = 恢复前会先在备份文件夹中备份当前数据库：可用它恢复回现在的状态。
privacy3-restore-erased = 备份之后已彻底删除的客户仍保持删除。
privacy3-restore-warning = 数据库当前的全部内容都会被备份替换。此操作无法撤销，只能通过恢复那份备份来回到现在的状态。
privacy3-restore-yes = 从此备份恢复
privacy3-restore-job = 正在从备份恢复
privacy3-restore-stage = 正在用备份替换数据库
# 恢复之后。$before：恢复前所做的备份；$erased：再次删除的客户数。
privacy3-restored = 备份已恢复。原来的数据库在备份 { $before } 中。{ $erased ->
        [0] {""}
       *[other] 已再次彻底删除 { $erased } 位之前删除的客户。
    }
privacy3-restored-nothing-kept = 备份已恢复。原数据库为空，因此没有保留它的备份。{ $erased ->
        [0] {""}
       *[other] 已再次彻底删除 { $erased } 位之前删除的客户。
    }
