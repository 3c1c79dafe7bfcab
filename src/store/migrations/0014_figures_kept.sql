-- Version 14: figures worked out from the whole shop (the predictions' fits and figures),
-- kept until the shop's data changes, so that the command line, the window, the channels
-- and the report do not fit the same models again on the same data. `stamp` says which
-- data they were worked out from; every audited change empties the table.
CREATE TABLE figures_kept (
    kind    TEXT NOT NULL,
    options TEXT NOT NULL,
    stamp   TEXT NOT NULL,
    value   BLOB NOT NULL,
    PRIMARY KEY (kind, options)
);
