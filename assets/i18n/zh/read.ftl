## 文件无法读取的原因。

read-io = 无法读取 { $file }：{ $reason }
read-empty = { $file } 是空的：没有可导入的内容
read-empty-sheet = { $file }：工作表“{ $sheet }”是空的：请选择另一个工作表
read-header-only = { $file } 只有表头，没有数据行
read-damage-not-the-format = 它的内容不符合该格式
read-damage-plain-text = 它是纯文本，不是工作簿；如果是 CSV 导出文件，请把扩展名改为 .csv 后重新导入
read-unterminated-quote = { $file }，第 { $row } 行：有一个带引号的值没有结束（缺少一个 "）
read-unknown-encoding = 无法按“{ $label }”读取 { $file }：这不是已知的文本编码；请使用 utf-8、windows-1252、iso-8859-15、windows-1251、koi8-r、gbk、gb18030、big5、utf-16le 或 utf-16be 等编码
read-too-wide = { $file }，第 { $row } 行：超过 { $max } 列（电子表格最多只有这么多列）；文件可能已损坏，或者分隔符与检测到的不同
read-header-row-not-found = { $file } 从第 { $row } 行起没有任何内容：请选择更靠前的表头行

read-not-a-table = { $file } 不是文本文件或电子表格（看起来是{ $looks ->
    [png] {" "}PNG 图片
    [jpeg] {" "}JPEG 图片
    [gif] {" "}GIF 图片
    [bmp] {" "}BMP 图片
    [video-or-heic] 视频或 HEIC 照片
    [pdf] {" "}PDF 文档
    [program] 程序
    [windows-program] {" "}Windows 程序
    [gzip] {" "}gzip 压缩包
    [rar] {" "}RAR 压缩包
    [seven-z] {" "}7-Zip 压缩包
    [zip] {" "}ZIP 压缩包
    [sqlite] {" "}SQLite 数据库
    [sound-or-video] 音频或视频文件
    [mp3] {" "}MP3 音频文件
    [rtf] 富文本（RTF）文档
    [html] 网页（HTML）
    [word] {" "}Word 文档
    [powerpoint] {" "}PowerPoint 演示文稿
    [opendocument-text] {" "}OpenDocument 文本或演示文稿
    [ebook] 电子书
   *[other] 二进制数据
}）：请在原来的程序中把数据导出为 CSV 或 Excel，再导入那个文件
read-unsupported = { $file } 是 { $what ->
    [xlsb] Excel 二进制工作簿（.xlsb）
   *[other] Excel 2003 XML 电子表格
}，无法导入：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx），再导入这个副本
read-damaged = { $file }：文件已损坏或不完整（可能没有下载完），或者它其实不是 { $kind ->
    [ods] OpenDocument 电子表格
   *[other] Excel 文件
}（详情：{ $reason }）
read-damage-reader = { $detail }
read-damage-ole = 它的{ $part ->
    [sector-size] 文件头（扇区大小）
    [sector-table] 扇区表
    [sector-chain-loops] 扇区表（扇区链出现循环）
    [small-stream-table] 小流表
    [small-stream-chain-loops] 小流表（扇区链出现循环）
   *[other] 文件头
}已损坏
read-protected = { $file } 设有密码保护：请在 { $kind ->
    [ods] LibreOffice Calc
   *[other] Excel
} 中打开，去掉密码后另存一份，再导入这个副本
read-sheet-not-found = { $file } 中没有名为“{ $sheet }”的工作表：{ $count ->
    [0] 它没有任何工作表
   *[other] 它的工作表有 { $sheets }
}
read-not-a-file = { $file } 是{ $what ->
    [folder] 一个文件夹
   *[other] 管道、设备或套接字
}，不是文件：请选择文件本身（如果是程序发送的数据，请先保存为文件）
read-too-large = { $file }：读取这个文件需要超过 { $size } { $unit ->
    [gb] GB
   *[other] MB
} 内存；文件可能已损坏，或是被故意做成的恶意文件。未导入
