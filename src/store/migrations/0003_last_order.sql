-- Version 3: each customer's last order day (an order's day is its earliest line's), so that
-- RFM as of the latest sale reads one row per customer instead of every sale line. Derived
-- data like the rest of customer_summary: recomputed here from sale and contact_root.

ALTER TABLE customer_summary ADD COLUMN last_order TEXT NOT NULL DEFAULT '';

DELETE FROM customer_summary;

INSERT INTO customer_summary
    (customer_id, orders, sale_lines, revenue_cents, first_sale, last_sale, last_order)
SELECT root, COUNT(*), SUM(lines), SUM(cents), MIN(first), MAX(last), MAX(day)
FROM (
    SELECT r.root_id AS root,
           COALESCE(NULLIF(s.order_ref, ''), 'day:' || substr(s.sold_at, 1, 10)) AS k,
           COUNT(*) AS lines, SUM(s.amount) AS cents, MIN(s.sold_at) AS first,
           MAX(s.sold_at) AS last, MIN(substr(s.sold_at, 1, 10)) AS day
    FROM sale AS s JOIN contact_root AS r ON r.contact_id = s.contact_id
    GROUP BY r.root_id, k
)
GROUP BY root;
