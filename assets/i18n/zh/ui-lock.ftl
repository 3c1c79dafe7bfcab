## 已锁定文件的启动对话框，以及店铺设置中的密码。

lock-ui-title = 此店铺的文件已锁定
lock-ui-prompt = { $path } 已用密码锁定。请输入密码打开店铺。
lock-ui-passphrase = 密码
lock-ui-open = 打开
lock-ui-cancel = 取消
lock-ui-checking = 正在验证密码…
lock-ui-wrong = 此密码无法打开该文件。请重试。
lock-ui-failed = 无法验证密码。请重试。
lock-ui-lost = 密码丢失后无法找回：没有密码就打不开文件。
lock-ui-section = 密码
lock-ui-is-locked = 文件已用密码锁定，备份副本也一样。
lock-ui-is-plain = 文件没有锁定：任何能读取它的人都能看到店铺的数据。
lock-ui-lock = 用密码锁定…
lock-ui-change = 更改密码…
lock-ui-remove = 移除密码…
lock-ui-current = 当前密码
lock-ui-new = 新密码
lock-ui-again = 再次输入新密码
lock-ui-differ = 两次输入的新密码不一致。
lock-ui-remove-warning = 没有密码，任何能读取文件或备份副本的人都能看到店铺的数据。
lock-ui-do-lock = 锁定
lock-ui-do-change = 更改
lock-ui-do-remove = 移除
