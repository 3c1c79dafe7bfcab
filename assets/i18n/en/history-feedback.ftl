# What the customer said, as a line of their contact history.
history-feedback-kind = Feedback
history-feedback-scored = { $day } · Feedback, { $score }: { $note }
