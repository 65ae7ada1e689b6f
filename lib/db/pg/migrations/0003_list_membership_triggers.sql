-- List membership summary columns (SQLite's migration 0013), filled once, then kept by
-- triggers: the review queue and the grades list walk and count a partial index of their own
-- sessions.
UPDATE sessions SET
  imported = CASE WHEN EXISTS (SELECT 1 FROM rounds r WHERE r.session_id = sessions.id AND r.idx = 1 AND r.origin = 'import') THEN 1 ELSE 0 END,
  grade_count = (SELECT count(*) FROM grades g WHERE g.session_id = sessions.id);
--> statement-breakpoint
CREATE FUNCTION proofdesk_session_imported() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE sessions SET imported = CASE WHEN EXISTS (SELECT 1 FROM rounds r
    WHERE r.session_id = sessions.id AND r.idx = 1 AND r.origin = 'import') THEN 1 ELSE 0 END
  WHERE id IN (NEW.session_id, OLD.session_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rounds_imported AFTER INSERT OR DELETE OR UPDATE OF idx, origin, session_id ON rounds
FOR EACH ROW EXECUTE FUNCTION proofdesk_session_imported();
--> statement-breakpoint
CREATE FUNCTION proofdesk_session_grade_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE sessions SET grade_count = (SELECT count(*) FROM grades g WHERE g.session_id = sessions.id)
  WHERE id IN (NEW.session_id, OLD.session_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER grades_count AFTER INSERT OR DELETE OR UPDATE OF session_id ON grades
FOR EACH ROW EXECUTE FUNCTION proofdesk_session_grade_count();
