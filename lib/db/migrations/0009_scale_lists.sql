ALTER TABLE `sessions` ADD `activity_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `round_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `last_score` real;--> statement-breakpoint
CREATE INDEX `sessions_activity` ON `sessions` (`activity_at`);--> statement-breakpoint
CREATE INDEX `sessions_created` ON `sessions` (`created_at`);--> statement-breakpoint
CREATE INDEX `sessions_rounds` ON `sessions` (`round_count`);--> statement-breakpoint
CREATE INDEX `sessions_score` ON `sessions` (coalesce("last_score", -1));--> statement-breakpoint
CREATE INDEX `sessions_title` ON `sessions` (lower(coalesce("title", substr("problem", 1, 200))));--> statement-breakpoint
CREATE INDEX `runs_session_created` ON `runs` (`session_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `problems_order` ON `problems` (`origin`,`created_at`);--> statement-breakpoint
-- Summary columns of the session lists (issue 20), filled once here, then kept by triggers.
UPDATE `sessions` SET
  `activity_at` = max(`updated_at`, coalesce((SELECT max(coalesce(r.finished_at, r.started_at, r.created_at)) FROM runs r WHERE r.session_id = sessions.id), 0)),
  `round_count` = (SELECT count(*) FROM rounds r WHERE r.session_id = sessions.id),
  `last_score` = (SELECT r.score FROM rounds r WHERE r.session_id = sessions.id AND r.score IS NOT NULL ORDER BY r.idx DESC LIMIT 1);
--> statement-breakpoint
CREATE TRIGGER `sessions_activity_insert` AFTER INSERT ON `sessions` BEGIN
  UPDATE sessions SET activity_at = max(activity_at, new.updated_at) WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `sessions_activity_update` AFTER UPDATE OF `updated_at` ON `sessions`
WHEN new.updated_at > new.activity_at BEGIN
  UPDATE sessions SET activity_at = new.updated_at WHERE rowid = new.rowid;
END;
--> statement-breakpoint
CREATE TRIGGER `runs_activity_insert` AFTER INSERT ON `runs` BEGIN
  UPDATE sessions SET activity_at = max(activity_at, new.created_at) WHERE id = new.session_id;
END;
--> statement-breakpoint
CREATE TRIGGER `runs_activity_update` AFTER UPDATE OF `status`, `started_at`, `finished_at` ON `runs` BEGIN
  UPDATE sessions SET activity_at = max(activity_at, coalesce(new.finished_at, new.started_at, new.created_at))
  WHERE id = new.session_id;
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_summary_insert` AFTER INSERT ON `rounds` BEGIN
  UPDATE sessions SET round_count = round_count + 1,
    last_score = coalesce((SELECT r.score FROM rounds r WHERE r.session_id = new.session_id AND r.score IS NOT NULL ORDER BY r.idx DESC LIMIT 1), last_score)
  WHERE id = new.session_id;
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_summary_score` AFTER UPDATE OF `score`, `idx` ON `rounds` BEGIN
  UPDATE sessions SET
    last_score = (SELECT r.score FROM rounds r WHERE r.session_id = new.session_id AND r.score IS NOT NULL ORDER BY r.idx DESC LIMIT 1)
  WHERE id = new.session_id;
END;
--> statement-breakpoint
CREATE TRIGGER `rounds_summary_delete` AFTER DELETE ON `rounds` BEGIN
  UPDATE sessions SET round_count = (SELECT count(*) FROM rounds r WHERE r.session_id = old.session_id),
    last_score = (SELECT r.score FROM rounds r WHERE r.session_id = old.session_id AND r.score IS NOT NULL ORDER BY r.idx DESC LIMIT 1)
  WHERE id = old.session_id;
END;
