ALTER TABLE "sessions" ADD COLUMN "imported" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "grade_count" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "sessions_imported_created" ON "sessions" USING btree ("created_at") WHERE "sessions"."imported" = 1;--> statement-breakpoint
CREATE INDEX "sessions_graded_created" ON "sessions" USING btree ("created_at") WHERE "sessions"."grade_count" > 0;