# The Import tab's words that had no message of their own.
import-words-file-holds = 文件内容：
import-words-read-as-feedback = 作为反馈读取（问卷、评价、投诉）
import-words-keep-as-extra = 作为附加信息保留
import-words-preview = 前 { $rows } 行将按如下方式读取。请在每列上方选择其内容；作为附加信息保留的列会随每条记录保存，不会丢失任何内容。
