-- Full-text search (issue 20): one FTS5 index per searched table, over the table's own rows
-- (external content: the text is not stored twice), kept in step by the triggers below. The
-- tokenizer splits LaTeX source into its words (`\frac{a}{b}` → frac, a, b); no stemmer, as
-- queries match word prefixes (porter would stem a half-typed word apart from the indexed one). Rows are found by rowid: a VACUUM may renumber the rowids of these tables, so
-- after one run `INSERT INTO x_fts(x_fts) VALUES('rebuild')` for each. An update re-indexes a
-- row only when its text changed (writes often set every column).
CREATE VIRTUAL TABLE `sessions_fts` USING fts5(title, problem, content='sessions', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `sessions_fts`(`sessions_fts`) VALUES('rebuild');
--> statement-breakpoint
CREATE TRIGGER `sessions_fts_insert` AFTER INSERT ON `sessions` BEGIN
  INSERT INTO sessions_fts(rowid, title, problem) VALUES (new.rowid, new.title, new.problem);
END;
--> statement-breakpoint
CREATE TRIGGER `sessions_fts_delete` AFTER DELETE ON `sessions` BEGIN
  INSERT INTO sessions_fts(sessions_fts, rowid, title, problem) VALUES ('delete', old.rowid, old.title, old.problem);
END;
--> statement-breakpoint
CREATE TRIGGER `sessions_fts_update` AFTER UPDATE OF `title`, `problem` ON `sessions`
WHEN old.title IS NOT new.title OR old.problem IS NOT new.problem BEGIN
  INSERT INTO sessions_fts(sessions_fts, rowid, title, problem) VALUES ('delete', old.rowid, old.title, old.problem);
  INSERT INTO sessions_fts(rowid, title, problem) VALUES (new.rowid, new.title, new.problem);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `rounds_fts` USING fts5(proof, content='rounds', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `rounds_fts`(`rounds_fts`) VALUES('rebuild');
--> statement-breakpoint
CREATE TRIGGER `rounds_fts_insert` AFTER INSERT ON `rounds` BEGIN
  INSERT INTO rounds_fts(rowid, proof) VALUES (new.rowid, new.proof);
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_fts_delete` AFTER DELETE ON `rounds` BEGIN
  INSERT INTO rounds_fts(rounds_fts, rowid, proof) VALUES ('delete', old.rowid, old.proof);
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_fts_update` AFTER UPDATE OF `proof` ON `rounds`
WHEN old.proof IS NOT new.proof BEGIN
  INSERT INTO rounds_fts(rounds_fts, rowid, proof) VALUES ('delete', old.rowid, old.proof);
  INSERT INTO rounds_fts(rowid, proof) VALUES (new.rowid, new.proof);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `findings_fts` USING fts5(quote, description, suggestion, note, content='findings', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `findings_fts`(`findings_fts`) VALUES('rebuild');
--> statement-breakpoint
CREATE TRIGGER `findings_fts_insert` AFTER INSERT ON `findings` BEGIN
  INSERT INTO findings_fts(rowid, quote, description, suggestion, note) VALUES (new.rowid, new.quote, new.description, new.suggestion, new.note);
END;
--> statement-breakpoint
CREATE TRIGGER `findings_fts_delete` AFTER DELETE ON `findings` BEGIN
  INSERT INTO findings_fts(findings_fts, rowid, quote, description, suggestion, note) VALUES ('delete', old.rowid, old.quote, old.description, old.suggestion, old.note);
END;
--> statement-breakpoint
CREATE TRIGGER `findings_fts_update` AFTER UPDATE OF `quote`, `description`, `suggestion`, `note` ON `findings`
WHEN old.quote IS NOT new.quote OR old.description IS NOT new.description OR old.suggestion IS NOT new.suggestion OR old.note IS NOT new.note BEGIN
  INSERT INTO findings_fts(findings_fts, rowid, quote, description, suggestion, note) VALUES ('delete', old.rowid, old.quote, old.description, old.suggestion, old.note);
  INSERT INTO findings_fts(rowid, quote, description, suggestion, note) VALUES (new.rowid, new.quote, new.description, new.suggestion, new.note);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `replies_fts` USING fts5(text, content='finding_replies', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `replies_fts`(`replies_fts`) VALUES('rebuild');
--> statement-breakpoint
CREATE TRIGGER `replies_fts_insert` AFTER INSERT ON `finding_replies` BEGIN
  INSERT INTO replies_fts(rowid, text) VALUES (new.rowid, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `replies_fts_delete` AFTER DELETE ON `finding_replies` BEGIN
  INSERT INTO replies_fts(replies_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `replies_fts_update` AFTER UPDATE OF `text` ON `finding_replies`
WHEN old.text IS NOT new.text BEGIN
  INSERT INTO replies_fts(replies_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO replies_fts(rowid, text) VALUES (new.rowid, new.text);
END;
