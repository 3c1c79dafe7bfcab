-- Version 4: walk-in sales, the sales of a till that name no customer (Square, SumUp,
-- Zettle, 1C). They count in the shop's revenue, orders and sale lines, but belong to no
-- customer: kept apart from `sale`, whose every line has a customer, so that the customer
-- figures and analytics never meet them.

CREATE TABLE walk_in_sale (
    id             INTEGER PRIMARY KEY,
    batch_id       INTEGER REFERENCES import_batch (id),
    order_ref      TEXT,
    sold_at        TEXT    NOT NULL,
    product        TEXT,
    category       TEXT,
    quantity       REAL    NOT NULL DEFAULT 1,
    unit_price     INTEGER,
    discount       INTEGER NOT NULL DEFAULT 0,
    amount         INTEGER NOT NULL,
    cost           INTEGER,
    channel        TEXT,
    payment_method TEXT,
    store          TEXT,
    extra          TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX walk_in_sale_batch ON walk_in_sale (batch_id);
