ALTER TABLE "runs" ADD COLUMN "list_state" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_run_id" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_run_state" text;--> statement-breakpoint
CREATE INDEX "sessions_last_run_state" ON "sessions" USING btree ("last_run_state");