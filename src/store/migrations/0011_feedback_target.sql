-- Version 11: a campaign can target a Feedback list (`feedback:unhappy`, the unhappy and
-- valuable customers). SQLite cannot change a CHECK in place; widening the list of target
-- kinds leaves every stored row valid, which is the case SQLite's ALTER TABLE
-- documentation allows editing the schema text for (as version 7 did for batch kinds).
-- RESET reloads the schema inside this transaction.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''predict'', ''offer'')', '''predict'', ''offer'', ''feedback'')')
 WHERE type = 'table' AND name = 'campaign';
PRAGMA writable_schema = RESET;
