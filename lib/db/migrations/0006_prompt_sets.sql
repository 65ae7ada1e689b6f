CREATE TABLE `prompt_texts` (
	`hash` text PRIMARY KEY NOT NULL,
	`messages` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `run_prompts` (
	`id` text PRIMARY KEY NOT NULL,
	`run_id` text NOT NULL,
	`session_id` text NOT NULL,
	`round_id` text,
	`role` text NOT NULL,
	`purpose` text NOT NULL,
	`set_name` text NOT NULL,
	`template_hash` text NOT NULL,
	`parser` text DEFAULT 'auto' NOT NULL,
	`messages_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`messages_hash`) REFERENCES `prompt_texts`(`hash`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `run_prompts_once` ON `run_prompts` (`run_id`,`purpose`,`messages_hash`);--> statement-breakpoint
CREATE INDEX `run_prompts_session` ON `run_prompts` (`session_id`);