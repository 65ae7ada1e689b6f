CREATE TABLE `grades` (
	`session_id` text NOT NULL,
	`kind` text NOT NULL,
	`points` integer NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`round_id` text,
	`run_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`session_id`, `kind`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `imported_sessions` (
	`session_id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`line` integer NOT NULL,
	`external_id` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `imported_sessions_batch` ON `imported_sessions` (`batch_id`);--> statement-breakpoint
CREATE TABLE `problems` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text,
	`statement` text NOT NULL,
	`solution` text DEFAULT '' NOT NULL,
	`guidelines` text DEFAULT '' NOT NULL,
	`short_answer` text DEFAULT '' NOT NULL,
	`category` text DEFAULT '' NOT NULL,
	`level` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`origin` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `problems_key` ON `problems` (`key`);--> statement-breakpoint
CREATE TABLE `session_references` (
	`session_id` text PRIMARY KEY NOT NULL,
	`problem_id` text,
	`solution` text DEFAULT '' NOT NULL,
	`guidelines` text DEFAULT '' NOT NULL,
	`short_answer` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `shares` (
	`token` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `shares_session` ON `shares` (`session_id`);