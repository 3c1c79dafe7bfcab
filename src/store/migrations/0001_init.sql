-- Clientele schema, version 1: the shop's records. Nothing is lost: a merge marks the
-- absorbed contact (merged_into), and undoing an import removes exactly its batch's rows.
-- Dates are ISO-8601 text; money is INTEGER cents.

CREATE TABLE import_batch (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL CHECK (kind IN ('contacts', 'sales', 'demo')),
    file_name     TEXT,
    file_sha256   TEXT,
    sheet         TEXT,
    options       TEXT    NOT NULL DEFAULT '{}',
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT,
    undone_at     TEXT
);
CREATE INDEX import_batch_sha256 ON import_batch (file_sha256);

CREATE TABLE import_error (
    id          INTEGER PRIMARY KEY,
    batch_id    INTEGER NOT NULL REFERENCES import_batch (id),
    row_number  INTEGER NOT NULL,
    column_name TEXT,
    raw_value   TEXT,
    message     TEXT    NOT NULL,
    raw_row     TEXT    NOT NULL DEFAULT '[]',
    severity    TEXT    NOT NULL DEFAULT 'error' CHECK (severity IN ('error', 'warning'))
);
CREATE INDEX import_error_batch ON import_error (batch_id);

CREATE TABLE contact (
    id                INTEGER PRIMARY KEY,
    batch_id          INTEGER REFERENCES import_batch (id),
    external_ref      TEXT,
    first_name        TEXT,
    last_name         TEXT,
    company           TEXT,
    email             TEXT,
    phone             TEXT,
    street            TEXT,
    street2           TEXT,
    city              TEXT,
    postcode          TEXT,
    region            TEXT,
    country           TEXT,
    birth_date        TEXT,
    gender            TEXT,
    language          TEXT,
    marketing_consent TEXT    NOT NULL DEFAULT 'unknown' CHECK (marketing_consent IN ('unknown', 'yes', 'no')),
    consent_date      TEXT,
    extra             TEXT    NOT NULL DEFAULT '{}',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    merged_into       INTEGER REFERENCES contact (id),
    erased_at         TEXT,
    CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX contact_batch ON contact (batch_id);
CREATE INDEX contact_merged_into ON contact (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX contact_external_ref ON contact (external_ref);

CREATE TABLE sale (
    id             INTEGER PRIMARY KEY,
    batch_id       INTEGER REFERENCES import_batch (id),
    contact_id     INTEGER NOT NULL REFERENCES contact (id),
    customer_ref   TEXT,
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
CREATE INDEX sale_contact ON sale (contact_id);

CREATE TABLE merge (
    id              INTEGER PRIMARY KEY,
    survivor_id     INTEGER NOT NULL REFERENCES contact (id),
    absorbed_id     INTEGER NOT NULL REFERENCES contact (id),
    survivor_before TEXT    NOT NULL,
    score           REAL,
    decided_by      TEXT    NOT NULL CHECK (decided_by IN ('user', 'automatic')),
    merged_at       TEXT    NOT NULL,
    undone_at       TEXT
);
CREATE INDEX merge_survivor ON merge (survivor_id);
CREATE INDEX merge_absorbed ON merge (absorbed_id);

CREATE TABLE saved_segment (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    rule       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE not_duplicate (
    contact_a  INTEGER NOT NULL REFERENCES contact (id),
    contact_b  INTEGER NOT NULL REFERENCES contact (id),
    decided_at TEXT    NOT NULL,
    PRIMARY KEY (contact_a, contact_b),
    CHECK (contact_a < contact_b)
);

CREATE TABLE import_mapping (
    header_key TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    used_at    TEXT NOT NULL
);

CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);

-- Every contact with the root customer it belongs to: itself when it was never merged away,
-- else the end of its merged_into chain.
CREATE VIEW contact_root (contact_id, root_id) AS
WITH RECURSIVE chain (contact_id, root_id) AS (
    SELECT id, id FROM contact WHERE merged_into IS NULL
    UNION ALL
    SELECT c.id, chain.root_id FROM contact AS c JOIN chain ON c.merged_into = chain.contact_id
)
SELECT contact_id, root_id FROM chain;
