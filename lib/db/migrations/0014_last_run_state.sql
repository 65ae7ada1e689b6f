ALTER TABLE `runs` ADD `list_state` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `last_run_id` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `last_run_state` text;--> statement-breakpoint
CREATE INDEX `sessions_last_run_state` ON `sessions` (`last_run_state`);