-- Version 6: consent per channel with its history, and the ledger of erased customers.
--
-- `consent` is a history: one row per decision a customer made (or a file, the window or
-- the command line recorded) for one channel. A customer's consent on a channel is its
-- newest row there; a channel with no row is unknown. The e-mail channel is also kept in
-- `contact.marketing_consent` and `consent_date`, which every list and export already
-- reads, so those stay right without a join.
--
-- The consent held before this version is carried over as e-mail consent (the only
-- channel the old column spoke of): one row per contact that said yes or no, dated by its
-- consent date (else the day it was added), with the import batch it came from as source,
-- or `earlier` for contacts typed in by hand.

CREATE TABLE consent (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    channel     TEXT    NOT NULL CHECK (channel IN ('email', 'sms', 'post', 'phone')),
    state       TEXT    NOT NULL CHECK (state IN ('unknown', 'yes', 'no')),
    decided_on  TEXT    NOT NULL,
    source      TEXT    NOT NULL CHECK (source IN ('earlier', 'import', 'window', 'command_line')),
    batch_id    INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
    recorded_at TEXT    NOT NULL
);
CREATE INDEX consent_contact ON consent (contact_id, channel, id);

INSERT INTO consent (contact_id, channel, state, decided_on, source, batch_id, recorded_at)
SELECT id, 'email', marketing_consent, COALESCE(consent_date, substr(created_at, 1, 10)),
       CASE WHEN batch_id IS NULL THEN 'earlier' ELSE 'import' END, batch_id, updated_at
FROM contact
WHERE marketing_consent <> 'unknown';

-- Erased customers, by a salted SHA-256 of their contact id and nothing else, so that a
-- restored older copy can be erased again without the ledger naming anyone.
CREATE TABLE erasure_ledger (
    id_hash   TEXT PRIMARY KEY,
    erased_at TEXT NOT NULL
);
