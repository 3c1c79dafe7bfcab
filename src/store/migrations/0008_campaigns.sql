-- Version 8: campaigns, their frozen members and held-out control group, and each
-- customer's contact history.
--
-- A campaign keeps everything needed to draw its groups again (target, rule, control
-- share, seed) and to measure it (start, window, response definition, cost per contact),
-- with what it could detect when it was created. Money is INTEGER cents.
--
-- `campaign_member` is written once, at creation, and never changed: the customer ids are
-- those of the root records then, so a later merge does not move anyone between groups
-- (results resolve each id to its survivor when they are computed). The customer columns
-- carry no foreign key to `contact`: undoing an import may remove a contact that nothing
-- else uses, and the campaign's record of who was in it stays as it was.
--
-- `campaign_left_out` names the customers of the target who could not be contacted on the
-- campaign's channel, with the reason, so that none is dropped silently.
--
-- `contact_history` holds one line per contact: a campaign's (kind 'campaign', its words
-- made from the campaign, the channel and the day) and the owner's own notes of calls,
-- visits and complaints. Erasing a customer blanks their notes.

CREATE TABLE campaign (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL UNIQUE,
    goal                  TEXT    NOT NULL CHECK (goal IN ('win-back', 'thank', 'cross-sell', 'announce')),
    target_kind           TEXT    NOT NULL CHECK (target_kind IN ('segment', 'saved', 'tier', 'stage', 'predict', 'offer')),
    target_name           TEXT    NOT NULL,
    rule                  TEXT,
    channel               TEXT    NOT NULL CHECK (channel IN ('email', 'sms', 'post', 'phone')),
    control_share         REAL    NOT NULL CHECK (control_share > 0 AND control_share < 1),
    seed                  INTEGER NOT NULL,
    start_date            TEXT    NOT NULL,
    window_days           INTEGER NOT NULL CHECK (window_days BETWEEN 1 AND 366),
    response              TEXT    NOT NULL,
    cost_per_contact      INTEGER CHECK (cost_per_contact >= 0),
    created_at            TEXT    NOT NULL,
    target_customers      INTEGER NOT NULL,
    control_customers     INTEGER NOT NULL,
    base_rate             REAL    NOT NULL,
    base_rate_from_shop   INTEGER NOT NULL CHECK (base_rate_from_shop IN (0, 1)),
    min_difference        REAL    NOT NULL
);

CREATE TABLE campaign_member (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id),
    customer_id INTEGER NOT NULL,
    member_of   TEXT    NOT NULL CHECK (member_of IN ('target', 'control')),
    segment     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;

CREATE TABLE campaign_left_out (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id),
    customer_id INTEGER NOT NULL,
    reason      TEXT    NOT NULL CHECK (reason IN ('no-consent', 'said-no', 'no-address')),
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;

CREATE TABLE contact_history (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    at          TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('campaign', 'call', 'visit', 'complaint', 'note')),
    campaign_id INTEGER REFERENCES campaign (id),
    channel     TEXT    CHECK (channel IN ('email', 'sms', 'post', 'phone')),
    note        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX contact_history_customer ON contact_history (customer_id);
