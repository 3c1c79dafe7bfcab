# What the customer said, as a line of their contact history.
history-feedback-kind = Отзыв
history-feedback-scored = { $day } · Отзыв, { $score }: { $note }
