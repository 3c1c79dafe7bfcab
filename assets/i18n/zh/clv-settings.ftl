# The shop's lifetime value settings: margin and monthly discount rate (issue 21).
clv-settings-bad-margin = 利润率须为 0 到 100 之间的百分比，而不是 { $percent }。
clv-settings-bad-discount = 月折现率须在 0 到 { $max }% 之间，而不是 { $percent }%。
clv-settings-cli-margin = 利润率
clv-settings-cli-discount = 月折现率
clv-settings-cli-percent = { $percent }%
clv-settings-margin = 利润率
clv-settings-margin-tip = 每笔销售中作为利润留给您的部分。客户终身价值只计算这一部分（100% 即按全部消费计算）。
clv-settings-discount = 每月折现率
clv-settings-discount-tip = 累计客户终身价值时，下个月的一笔销售对您来说比今天的少值多少。通常为每月 1%。
