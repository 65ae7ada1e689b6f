-- Home's state filter reads stored columns (SQLite's migration 0015): each run's state as the
-- filter names it, written by the app with every status (`runListState`), and on each
-- session its latest run and that run's state, kept by the trigger below. Filled once here: a
-- succeeded run's state is what `runOutcome` makes of its last progress event (its `end`,
-- else its words as `inferEnd` reads them, rule for rule in the same order). Postgres has no
-- rowid: runs created in the same millisecond are told apart by id.
UPDATE runs SET list_state = CASE
  WHEN status IN ('queued', 'running') THEN 'running'
  WHEN status IN ('stopped', 'interrupted') THEN 'stopped'
  WHEN status = 'failed' THEN 'failed'
  ELSE coalesce((SELECT CASE
      WHEN p.ended IN ('passed', 'done') THEN 'succeeded'
      WHEN p.ended = 'model-failed' THEN 'failed'
      WHEN p.ended IS NOT NULL THEN 'not-passed'
      WHEN p.outcome ~* 'verification incomplete' THEN 'not-passed'
      WHEN p.outcome ~ '^Passed in R|^A proof passed' THEN 'succeeded'
      WHEN p.outcome ~* 'round limit' OR p.outcome ~* 'token budget spent'
        OR p.outcome ~ '^Paused' OR p.outcome ~ 'did not finish'
        OR p.outcome ~* 'no proof passed' THEN 'not-passed'
      WHEN p.outcome ~* 'request failed|search failed' THEN 'failed'
      WHEN p.outcome ~ '^Cancelled' OR p.outcome ~ '^Stopped' THEN 'not-passed'
      ELSE 'succeeded' END
    FROM (SELECT e.data::jsonb #>> '{progress,end}' AS ended,
        e.data::jsonb #>> '{progress,outcome}' AS outcome
      FROM run_events e WHERE e.run_id = runs.id AND e.seq > runs.last_seq - 8
        AND e.data LIKE '{"type":"progress"%' ORDER BY e.seq DESC LIMIT 1) p), 'succeeded')
END;
--> statement-breakpoint
UPDATE sessions SET last_run_id = (SELECT r.id FROM runs r WHERE r.session_id = sessions.id
  ORDER BY r.created_at DESC, r.id DESC LIMIT 1);
--> statement-breakpoint
UPDATE sessions SET last_run_state = (SELECT r.list_state FROM runs r WHERE r.id = sessions.last_run_id);
--> statement-breakpoint
-- A new run is the session's latest unless an older one is being copied in (a restore).
CREATE FUNCTION proofdesk_session_last_run() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE sessions SET last_run_id = NEW.id, last_run_state = NEW.list_state
    WHERE id = NEW.session_id
      AND NEW.created_at >= coalesce((SELECT r.created_at FROM runs r WHERE r.id = sessions.last_run_id), 0);
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE sessions SET last_run_state = NEW.list_state
    WHERE id = NEW.session_id AND last_run_id = NEW.id;
  ELSE
    UPDATE sessions SET (last_run_id, last_run_state) = (SELECT r.id, r.list_state FROM runs r
      WHERE r.session_id = OLD.session_id ORDER BY r.created_at DESC, r.id DESC LIMIT 1)
    WHERE id = OLD.session_id AND last_run_id = OLD.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER runs_last_run AFTER INSERT OR DELETE OR UPDATE OF list_state ON runs
FOR EACH ROW EXECUTE FUNCTION proofdesk_session_last_run();
