-- The data generation (lib/db/queries/data-generation-pg.ts): a count of the transactions
-- that wrote what pages show, moved in the writing transaction itself, so a cache keyed on
-- it (the session JSON) is never served after a commit it has not seen, from any instance.
-- Sequences cannot do this: `nextval` is visible before the writer commits.
--
-- The count is the sum of 256 stripes, each connection bumping the stripe of its backend
-- pid: one row for all would make every two overlapping SERIALIZABLE writers fail with a
-- serialization error at commit. The bump is a deferred trigger, so it runs at commit, once
-- per transaction, as the writer's last statement: a stripe's row lock is always the last
-- lock a writer takes, and two writers cannot deadlock on it. Not counted: the event log (a
-- streaming run appends to it every 50 ms, and no page's JSON holds it) and run leases
-- (renewed every 5 s).
CREATE TABLE "data_generation" (
	"stripe" smallint PRIMARY KEY NOT NULL,
	"gen" bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO "data_generation" ("stripe", "gen") SELECT s, 0 FROM generate_series(0, 255) AS s;
--> statement-breakpoint
CREATE FUNCTION proofdesk_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Once per transaction: the row triggers of one transaction all fire at its commit.
  IF current_setting('proofdesk.generation_bumped', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE data_generation SET gen = gen + 1 WHERE stripe = pg_backend_pid() % 256;
    PERFORM set_config('proofdesk.generation_bumped', txid_current()::text, true);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['finding_replies', 'finding_support', 'findings', 'grades',
    'imported_sessions', 'logins', 'model_calls', 'part_verifications', 'problems',
    'prompt_texts', 'round_checks', 'rounds', 'rubrics', 'run_prompts', 'runs',
    'sample_findings', 'search_candidates', 'search_verifications', 'searches',
    'session_pipeline', 'session_references', 'sessions', 'shares', 'verification_samples',
    'verifications']
  LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
      'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION proofdesk_bump_generation()',
      t || '_generation', t);
    -- TRUNCATE fires no row trigger; a statement trigger bumps at once.
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION proofdesk_bump_generation()', t || '_generation_truncate', t);
  END LOOP;
END $$;
