-- Version 5: each import problem keeps its kind and fields (JSON of `ProblemKind`), so that
-- it can be said in another language and grouped by kind. Problems recorded before keep a
-- NULL kind and are shown with the words they were recorded with.

ALTER TABLE import_error ADD COLUMN kind TEXT;
