## 用密码锁定文件：库和命令行的提示。

lock-locked = { $path } 已用密码锁定（或者根本不是 Clientele 数据库）：请输入密码打开它（命令行中使用 --passphrase-file 文件 或环境变量 CLIENTELE_PASSPHRASE）。未做任何更改。
lock-wrong-passphrase = 此密码无法打开该文件：{ $path }。未做任何更改。
lock-not-locked = { $path } 没有用密码锁定：请不带密码打开它（用 clientele lock 可以锁定）。未做任何更改。
lock-cli-cannot-read = 无法读取密码文件 { $path }：{ $reason }
lock-cli-empty-file = 密码文件 { $path } 是空的
lock-cli-empty-variable = 环境变量 CLIENTELE_PASSPHRASE 是空的
lock-cli-no-passphrase = 请用 --passphrase-file 文件 或环境变量 CLIENTELE_PASSPHRASE 提供密码
lock-cli-backup = 已先做备份：{ $path }
lock-cli-locked = { $path } 现已用密码锁定。请妥善保管密码：密码丢失后无法找回，没有密码就打不开文件。
lock-cli-unlocked = { $path } 已不再锁定：任何能读取该文件的人都能看到店铺的数据。
lock-cli-rekeyed = { $path } 的密码已更改。
lock-cli-copies = 有 { $count } 个备份副本也一并更改了。
lock-cli-left = 此备份副本无法用旧密码打开，已保持原样：{ $path }
lock-done-locked = 店铺文件及其备份副本现已用密码锁定。
lock-done-changed = 文件及其备份副本的密码已更改。
lock-done-removed = 密码已移除：文件及其备份副本无需密码即可打开。
