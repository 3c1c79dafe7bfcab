-- Version 12: orders kept but not counted. The lines of an order whose status says it is
-- not paid (pending, on hold), cancelled or failed: kept as data, apart from `sale`, so that
-- no read of `sale` needs a filter and every total stays as it was. `status` is what the
-- status means (pending, cancelled, failed), `status_read` the value as the file wrote it
-- ("On hold"). `contact_id` is the customer when the import knew them (NULL: the order's
-- buyer has no counted order). A pending order paid in a later import of the same layout
-- is counted there, in `sale`, and its held lines name that import in `paid_batch_id`:
-- they are no longer shown, and undoing that import brings them back.

CREATE TABLE held_sale (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER REFERENCES import_batch (id),
    contact_id INTEGER REFERENCES contact (id),
    -- The line as `sale` keeps it.
    customer_ref TEXT, order_ref TEXT, sold_at TEXT NOT NULL,
    product TEXT, category TEXT, quantity REAL NOT NULL DEFAULT 1,
    unit_price INTEGER, discount INTEGER NOT NULL DEFAULT 0, amount INTEGER NOT NULL,
    cost INTEGER, channel TEXT, payment_method TEXT, store TEXT,
    extra TEXT NOT NULL DEFAULT '{}',
    -- Why it is not counted.
    status TEXT NOT NULL CHECK (status IN ('pending', 'cancelled', 'failed')),
    status_read TEXT NOT NULL DEFAULT '',
    paid_batch_id INTEGER REFERENCES import_batch (id)
);
CREATE INDEX held_sale_batch ON held_sale (batch_id);
CREATE INDEX held_sale_contact ON held_sale (contact_id);
CREATE INDEX held_sale_order ON held_sale (order_ref);
