-- Home's state filter reads stored columns (issue 18; it called a JS function registered in
-- SQLite, which Postgres cannot): each run's state as the filter names it, written by the app
-- with every status from now on (`runListState`), and on each session its latest run and that
-- run's state, kept by the triggers below. Filled once here for the rows written before: a
-- succeeded run's state is what `runOutcome` makes of its last progress event (its `end`,
-- else its words as `inferEnd` reads them, rule for rule in the same order).
UPDATE `runs` SET `list_state` = CASE
  WHEN status IN ('queued', 'running') THEN 'running'
  WHEN status IN ('stopped', 'interrupted') THEN 'stopped'
  WHEN status = 'failed' THEN 'failed'
  ELSE coalesce((SELECT CASE
      WHEN p.ended IN ('passed', 'done') THEN 'succeeded'
      WHEN p.ended = 'model-failed' THEN 'failed'
      WHEN p.ended IS NOT NULL THEN 'not-passed'
      WHEN p.outcome LIKE '%verification incomplete%' THEN 'not-passed'
      WHEN p.outcome GLOB 'Passed in R*' OR p.outcome GLOB 'A proof passed*' THEN 'succeeded'
      WHEN p.outcome LIKE '%round limit%' OR p.outcome LIKE '%token budget spent%'
        OR p.outcome GLOB 'Paused*' OR p.outcome GLOB '*did not finish*'
        OR p.outcome LIKE '%no proof passed%' THEN 'not-passed'
      WHEN p.outcome LIKE '%request failed%' OR p.outcome LIKE '%search failed%' THEN 'failed'
      WHEN p.outcome GLOB 'Cancelled*' OR p.outcome GLOB 'Stopped*' THEN 'not-passed'
      ELSE 'succeeded' END
    FROM (SELECT json_extract(e.data, '$.progress.end') AS ended,
        json_extract(e.data, '$.progress.outcome') AS outcome
      FROM run_events e WHERE e.run_id = runs.id AND e.seq > runs.last_seq - 8
        AND e.data LIKE '{"type":"progress"%' ORDER BY e.seq DESC LIMIT 1) p), 'succeeded')
END;
--> statement-breakpoint
UPDATE `sessions` SET `last_run_id` = (SELECT r.id FROM runs r WHERE r.session_id = sessions.id
  ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1);
--> statement-breakpoint
UPDATE `sessions` SET `last_run_state` = (SELECT r.list_state FROM runs r WHERE r.id = sessions.last_run_id);
--> statement-breakpoint
-- A new run is the session's latest unless an older one is being copied in (a restore).
CREATE TRIGGER `runs_last_run_insert` AFTER INSERT ON `runs` BEGIN
  UPDATE sessions SET last_run_id = new.id, last_run_state = new.list_state
  WHERE id = new.session_id
    AND new.created_at >= coalesce((SELECT r.created_at FROM runs r WHERE r.id = sessions.last_run_id), 0);
END;
--> statement-breakpoint
CREATE TRIGGER `runs_last_run_state` AFTER UPDATE OF `list_state` ON `runs` BEGIN
  UPDATE sessions SET last_run_state = new.list_state WHERE id = new.session_id AND last_run_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `runs_last_run_delete` AFTER DELETE ON `runs` BEGIN
  UPDATE sessions SET (last_run_id, last_run_state) = (SELECT r.id, r.list_state FROM runs r
    WHERE r.session_id = sessions.id ORDER BY r.created_at DESC, r.rowid DESC LIMIT 1)
  WHERE id = old.session_id AND last_run_id = old.id;
END;
