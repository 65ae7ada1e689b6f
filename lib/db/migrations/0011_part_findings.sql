CREATE TABLE `part_verifications` (
	`id` text PRIMARY KEY NOT NULL,
	`round_id` text NOT NULL,
	`node_id` text NOT NULL,
	`run_id` text,
	`score` real,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `part_verifications_round` ON `part_verifications` (`round_id`,`node_id`);--> statement-breakpoint
ALTER TABLE `findings` ADD `node_id` text;