## 店铺设置：窗口的语言。

settings-language = 语言
## $language 是电脑的语言，以该语言本身书写（Français、Русский…）。
settings-language-system = 跟随电脑（{ $language }）

## “报告”标签页：报告的语言，单独选择。
reports-language = 报告语言
