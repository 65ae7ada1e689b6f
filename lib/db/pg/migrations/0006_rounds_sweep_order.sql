-- The checker's background sweep walks imported rounds in the order they were stored,
-- window by window (lib/db/queries/checker-sweep.ts). SQLite walks its rowid; Postgres has
-- none, so rounds get an ordered number of their own here, Postgres only (not in the
-- derived schema: schema-parity.test.ts names it as the one column SQLite lacks). Existing
-- rows are numbered as the column is added.
ALTER TABLE rounds ADD COLUMN sweep_seq bigserial NOT NULL;
--> statement-breakpoint
CREATE INDEX rounds_sweep_seq ON rounds (sweep_seq);
