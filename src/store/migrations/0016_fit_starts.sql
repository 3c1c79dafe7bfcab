-- Version 16: where the model fits of the next prediction start. Unlike `figures_kept`,
-- these outlive a change of the shop's data: a fit started from the previous maximum
-- reaches the new one in a few steps, and ends at the same place as from anywhere else.
-- They hold model parameters only (a handful of numbers per model), nothing about anyone.
CREATE TABLE fit_starts (
    kind  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
