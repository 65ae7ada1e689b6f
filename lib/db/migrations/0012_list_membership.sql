ALTER TABLE `sessions` ADD `imported` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `grade_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `sessions_imported_created` ON `sessions` (`created_at`) WHERE "sessions"."imported" = 1;--> statement-breakpoint
CREATE INDEX `sessions_graded_created` ON `sessions` (`created_at`) WHERE "sessions"."grade_count" > 0;