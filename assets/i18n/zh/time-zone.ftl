# 店铺时区：设置、命令行和导入说明。
time-zone-label = 时区
time-zone-computers = 与电脑相同（{ $zone }）
time-zone-hint = 带时区的时间，以及格式注明为 UTC 的文件中的时间，都按此时区读取。
time-zone-search = 输入名称的一部分：Shanghai、Paris…
time-zone-none-found = 没有这个名称的时区。
time-zone-unknown = “{ $zone }”不是 Clientele 认识的时区：请填写 tz 数据库中的名称，如 Asia/Shanghai 或 Europe/Paris，或填写“system”使用电脑的时区。
time-zone-cli-label = 时区
time-zone-cli-computers = { $zone }（与电脑相同）
time-zone-note-converted = 以 { $from } 写出的时间已换算为店铺时区 { $to }。
