CREATE TABLE `rubrics` (
	`problem_id` text PRIMARY KEY NOT NULL,
	`rubric` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `grades` ADD `max_points` integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE `grades` ADD `awards` text;