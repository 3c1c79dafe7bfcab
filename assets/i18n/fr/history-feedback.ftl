# What the customer said, as a line of their contact history.
history-feedback-kind = Avis
history-feedback-scored = { $day } · Avis, { $score } : { $note }
