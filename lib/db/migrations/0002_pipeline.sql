CREATE TABLE `model_calls` (
	`id` text PRIMARY KEY NOT NULL,
	`run_id` text NOT NULL,
	`session_id` text NOT NULL,
	`round_id` text,
	`role` text NOT NULL,
	`model` text NOT NULL,
	`purpose` text NOT NULL,
	`status` text NOT NULL,
	`prompt_tokens` integer DEFAULT 0 NOT NULL,
	`completion_tokens` integer DEFAULT 0 NOT NULL,
	`reasoning_tokens` integer,
	`started_at` integer NOT NULL,
	`finished_at` integer NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `model_calls_session` ON `model_calls` (`session_id`);--> statement-breakpoint
CREATE INDEX `model_calls_run` ON `model_calls` (`run_id`);--> statement-breakpoint
CREATE TABLE `session_pipeline` (
	`session_id` text PRIMARY KEY NOT NULL,
	`samples` integer,
	`meta_auto` integer DEFAULT false NOT NULL,
	`min_confirmed` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `search_candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`search_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`generation` integer NOT NULL,
	`parents` text NOT NULL,
	`analyses` text NOT NULL,
	`proof` text NOT NULL,
	`self_score` real,
	`failed` integer DEFAULT false NOT NULL,
	`prompt_tokens` integer DEFAULT 0 NOT NULL,
	`completion_tokens` integer DEFAULT 0 NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer NOT NULL,
	FOREIGN KEY (`search_id`) REFERENCES `searches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `search_candidates_search` ON `search_candidates` (`search_id`);--> statement-breakpoint
CREATE TABLE `search_verifications` (
	`id` text PRIMARY KEY NOT NULL,
	`search_id` text NOT NULL,
	`candidate_id` text NOT NULL,
	`score` real,
	`text` text NOT NULL,
	`failed` integer DEFAULT false NOT NULL,
	`prompt_tokens` integer DEFAULT 0 NOT NULL,
	`completion_tokens` integer DEFAULT 0 NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer NOT NULL,
	FOREIGN KEY (`search_id`) REFERENCES `searches`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `search_candidates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `search_verifications_search` ON `search_verifications` (`search_id`);--> statement-breakpoint
CREATE INDEX `search_verifications_candidate` ON `search_verifications` (`candidate_id`);--> statement-breakpoint
CREATE TABLE `searches` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`run_id` text,
	`params` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`round_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `searches_session` ON `searches` (`session_id`);--> statement-breakpoint
CREATE INDEX `searches_status` ON `searches` (`status`);--> statement-breakpoint
CREATE TABLE `finding_support` (
	`finding_id` text PRIMARY KEY NOT NULL,
	`verification_id` text NOT NULL,
	`found_by` integer NOT NULL,
	`sample_count` integer NOT NULL,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`verification_id`) REFERENCES `verifications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sample_findings` (
	`id` text PRIMARY KEY NOT NULL,
	`sample_id` text NOT NULL,
	`finding_id` text,
	`position` integer NOT NULL,
	`severity` text NOT NULL,
	`quote` text NOT NULL,
	`description` text NOT NULL,
	`suggestion` text NOT NULL,
	`anchor` text,
	FOREIGN KEY (`sample_id`) REFERENCES `verification_samples`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `sample_findings_sample` ON `sample_findings` (`sample_id`);--> statement-breakpoint
CREATE INDEX `sample_findings_finding` ON `sample_findings` (`finding_id`);--> statement-breakpoint
CREATE TABLE `verification_samples` (
	`id` text PRIMARY KEY NOT NULL,
	`verification_id` text NOT NULL,
	`idx` integer NOT NULL,
	`status` text NOT NULL,
	`score` real,
	`text` text DEFAULT '' NOT NULL,
	`reasoning` text DEFAULT '' NOT NULL,
	`error` text,
	`usage` text,
	`meta_score` real,
	`meta_text` text,
	`meta_error` text,
	`started_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`verification_id`) REFERENCES `verifications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `verification_samples_verification` ON `verification_samples` (`verification_id`);--> statement-breakpoint
CREATE TABLE `verifications` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`run_id` text,
	`sample_count` integer NOT NULL,
	`created_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `verifications_round` ON `verifications` (`round_id`);