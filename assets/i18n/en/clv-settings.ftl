# The shop's lifetime value settings: margin and monthly discount rate (issue 21).
clv-settings-bad-margin = The margin must be a percent from 0 to 100, not { $percent }.
clv-settings-bad-discount = The monthly discount rate must be from 0 to { $max } %, not { $percent } %.
clv-settings-cli-margin = margin
clv-settings-cli-discount = monthly discount rate
clv-settings-cli-percent = { $percent }%
clv-settings-margin = Profit margin
clv-settings-margin-tip = The share of each sale you keep as profit. Lifetime values count only this share (100 % counts the whole spend).
clv-settings-discount = Discount rate per month
clv-settings-discount-tip = How much less a sale next month is worth to you than a sale today, when lifetime values are added up. 1 % a month is usual.
