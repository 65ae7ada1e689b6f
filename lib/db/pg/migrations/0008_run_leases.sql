CREATE TABLE "run_leases" (
	"run_id" text PRIMARY KEY NOT NULL,
	"instance" text NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "run_leases" ADD CONSTRAINT "run_leases_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "run_leases_instance" ON "run_leases" USING btree ("instance");--> statement-breakpoint
CREATE INDEX "run_leases_expires" ON "run_leases" USING btree ("expires_at");