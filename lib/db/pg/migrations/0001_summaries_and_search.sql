-- The session lists' summary columns (SQLite's migration 0009), kept by triggers so that every
-- write path stays as it is.
CREATE FUNCTION proofdesk_session_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.updated_at > NEW.activity_at THEN NEW.activity_at := NEW.updated_at; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_activity BEFORE INSERT OR UPDATE OF updated_at ON sessions
FOR EACH ROW EXECUTE FUNCTION proofdesk_session_activity();
--> statement-breakpoint
CREATE FUNCTION proofdesk_run_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE sessions SET activity_at = greatest(activity_at, coalesce(NEW.finished_at, NEW.started_at, NEW.created_at))
  WHERE id = NEW.session_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER runs_activity AFTER INSERT OR UPDATE OF status, started_at, finished_at ON runs
FOR EACH ROW EXECUTE FUNCTION proofdesk_run_activity();
--> statement-breakpoint
CREATE FUNCTION proofdesk_round_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE sid text := coalesce(NEW.session_id, OLD.session_id);
BEGIN
  UPDATE sessions SET
    round_count = (SELECT count(*) FROM rounds r WHERE r.session_id = sid),
    last_score = (SELECT r.score FROM rounds r WHERE r.session_id = sid AND r.score IS NOT NULL ORDER BY r.idx DESC LIMIT 1)
  WHERE id = sid;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rounds_summary AFTER INSERT OR DELETE OR UPDATE OF score, idx ON rounds
FOR EACH ROW EXECUTE FUNCTION proofdesk_round_summary();
--> statement-breakpoint
-- Full-text search (SQLite's FTS5 tables of migration 0010): GIN indexes over the same
-- columns. The 'simple' configuration lowercases and does not stem, like FTS5's unicode61
-- (queries match word prefixes); the parser splits LaTeX source into its words.
CREATE INDEX sessions_fts ON sessions USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || problem));
--> statement-breakpoint
CREATE INDEX rounds_fts ON rounds USING gin (to_tsvector('simple', proof));
--> statement-breakpoint
CREATE INDEX findings_fts ON findings USING gin (to_tsvector('simple', quote || ' ' || description || ' ' || suggestion || ' ' || note));
--> statement-breakpoint
CREATE INDEX replies_fts ON finding_replies USING gin (to_tsvector('simple', text));
