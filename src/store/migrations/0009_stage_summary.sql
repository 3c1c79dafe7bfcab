-- Version 9: each customer's median gap in days between consecutive orders (NULL with
-- fewer than two orders), so that lifecycle stages read one row per customer instead of
-- every sale line. An order's day is its earliest line's; two orders on one day are a gap
-- of 0. Derived data like the rest of customer_summary: the rows are emptied here and
-- written again, in the same transaction, by the statement every refresh uses
-- (`summary_insert` in writes.rs, run by migrate.rs after this file).

ALTER TABLE customer_summary ADD COLUMN gap_days REAL;

DELETE FROM customer_summary;
