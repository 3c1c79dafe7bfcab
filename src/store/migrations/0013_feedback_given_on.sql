-- Feedback read in the order it was given: the figures, the term table and the lists read
-- every piece by day then id. With this index SQLite walks the pieces in that order instead
-- of sorting them all in a temporary tree on every read.
CREATE INDEX feedback_given_on ON feedback (given_on);
