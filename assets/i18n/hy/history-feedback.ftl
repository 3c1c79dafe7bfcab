# What the customer said, as a line of their contact history.
history-feedback-kind = Կարծիք
history-feedback-scored = { $day } · Կարծիք, { $score }՝ { $note }
