CREATE TABLE `run_leases` (
	`run_id` text PRIMARY KEY NOT NULL,
	`instance` text NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `run_leases_instance` ON `run_leases` (`instance`);--> statement-breakpoint
CREATE INDEX `run_leases_expires` ON `run_leases` (`expires_at`);