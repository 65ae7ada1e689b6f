DROP INDEX "sessions_last_run_state";--> statement-breakpoint
CREATE INDEX "sessions_last_run_state" ON "sessions" USING btree ("last_run_state","activity_at");