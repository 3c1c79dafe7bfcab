-- Version 2: per-customer figures kept up to date by every write that touches sales or
-- merges, so that counts and the customer list do not regroup millions of sale lines.
-- One row per root customer that has sales. It is derived data: rebuilt from sale and
-- contact_root whenever in doubt.

CREATE TABLE customer_summary (
    customer_id   INTEGER PRIMARY KEY REFERENCES contact (id),
    orders        INTEGER NOT NULL,
    sale_lines    INTEGER NOT NULL,
    revenue_cents INTEGER NOT NULL,
    first_sale    TEXT    NOT NULL,
    last_sale     TEXT    NOT NULL
);

INSERT INTO customer_summary (customer_id, orders, sale_lines, revenue_cents, first_sale, last_sale)
SELECT r.root_id,
       COUNT(DISTINCT COALESCE(NULLIF(s.order_ref, ''), 'day:' || substr(s.sold_at, 1, 10))),
       COUNT(*), SUM(s.amount), MIN(s.sold_at), MAX(s.sold_at)
FROM sale AS s JOIN contact_root AS r ON r.contact_id = s.contact_id
GROUP BY r.root_id;
