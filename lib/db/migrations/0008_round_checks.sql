CREATE TABLE `round_checks` (
	`round_id` text PRIMARY KEY NOT NULL,
	`stats` text NOT NULL,
	`relations` text NOT NULL,
	`proof` text NOT NULL,
	`checked_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
