# What the customer said, as a line of their contact history.
history-feedback-kind = 反馈
history-feedback-scored = { $day } · 反馈，{ $score }：{ $note }
