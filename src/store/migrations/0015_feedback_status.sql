-- Version 15: feedback by status. The predictions read the open complaints on every run;
-- without this index SQLite walked every piece of feedback by day to find the open ones
-- (64 ms on a shop with 118 000 pieces, 1 722 of them open). With it, the pieces of one
-- status are read in day order straight from the index.
CREATE INDEX feedback_status ON feedback (status, given_on);
