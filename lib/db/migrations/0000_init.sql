CREATE TABLE `findings` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`run_id` text,
	`position` integer NOT NULL,
	`severity` text NOT NULL,
	`quote` text NOT NULL,
	`description` text NOT NULL,
	`suggestion` text NOT NULL,
	`category` text,
	`cited_start` integer,
	`cited_end` integer,
	`anchor` text,
	`decision` text DEFAULT 'pending' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`carried_from_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `findings_round` ON `findings` (`round_id`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`idx` integer NOT NULL,
	`origin` text NOT NULL,
	`proof` text NOT NULL,
	`self_evaluation` text,
	`self_score` real,
	`score` real,
	`source_run_id` text,
	`parent_round_id` text,
	`truncated` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_session_idx` ON `rounds` (`session_id`,`idx`);--> statement-breakpoint
CREATE TABLE `run_events` (
	`run_id` text NOT NULL,
	`seq` integer NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`run_id`, `seq`),
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `runs` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`round_id` text,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`model` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`reasoning` text DEFAULT '' NOT NULL,
	`error` text,
	`finish_reason` text,
	`usage` text,
	`params` text,
	`last_seq` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `runs_session` ON `runs` (`session_id`);--> statement-breakpoint
CREATE INDEX `runs_status` ON `runs` (`status`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text,
	`problem` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
