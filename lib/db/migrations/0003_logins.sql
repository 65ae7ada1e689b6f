CREATE TABLE `logins` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`token_tag` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `logins_expires_idx` ON `logins` (`expires_at`);