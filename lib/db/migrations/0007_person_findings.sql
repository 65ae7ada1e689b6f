CREATE TABLE `finding_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`finding_id` text NOT NULL,
	`text` text NOT NULL,
	`author` text,
	`decision` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `finding_replies_finding` ON `finding_replies` (`finding_id`);--> statement-breakpoint
ALTER TABLE `findings` ADD `source` text DEFAULT 'verifier' NOT NULL;