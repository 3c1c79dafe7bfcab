-- Version 7: feedback, what customers said. One row per piece of feedback: the contact it
-- came from (resolved to the root customer when read), the day, a score on its scale when
-- there is one, the text, the channel, the product or order it is about, and whether a
-- complaint is open or resolved (with the owner's note). Rows of an import belong to its
-- batch and go when it is undone; those the owner adds by hand have no batch.

CREATE TABLE feedback (
    id            INTEGER PRIMARY KEY,
    batch_id      INTEGER REFERENCES import_batch (id),
    contact_id    INTEGER NOT NULL REFERENCES contact (id),
    given_on      TEXT    NOT NULL,
    scale         TEXT    CHECK (scale IN ('nps', 'stars', 'csat', 'thumbs')),
    score         INTEGER,
    text          TEXT    NOT NULL DEFAULT '',
    channel       TEXT    CHECK (channel IN ('survey', 'review', 'email', 'phone', 'shop')),
    product       TEXT,
    order_ref     TEXT,
    status        TEXT    CHECK (status IN ('open', 'resolved')),
    resolved_at   TEXT,
    resolved_note TEXT,
    extra         TEXT    NOT NULL DEFAULT '{}',
    CHECK ((scale IS NULL) = (score IS NULL))
);
CREATE INDEX feedback_contact ON feedback (contact_id);
CREATE INDEX feedback_batch ON feedback (batch_id);

-- An import of feedback is a batch of its own kind. SQLite cannot change a CHECK in place;
-- widening the list of kinds leaves every stored row valid, which is the case SQLite's
-- ALTER TABLE documentation allows editing the schema text for. RESET reloads the schema
-- inside this transaction.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''sales'', ''demo'')', '''sales'', ''demo'', ''feedback'')')
 WHERE type = 'table' AND name = 'import_batch';
PRAGMA writable_schema = RESET;
