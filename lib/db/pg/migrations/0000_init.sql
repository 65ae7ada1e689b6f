CREATE TABLE "round_checks" (
	"round_id" text PRIMARY KEY NOT NULL,
	"stats" jsonb NOT NULL,
	"relations" jsonb NOT NULL,
	"proof" text NOT NULL,
	"checked_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"run_id" text,
	"position" bigint NOT NULL,
	"severity" text NOT NULL,
	"quote" text NOT NULL,
	"description" text NOT NULL,
	"suggestion" text NOT NULL,
	"category" text,
	"cited_start" bigint,
	"cited_end" bigint,
	"anchor" jsonb,
	"decision" text DEFAULT 'pending' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"carried_from_id" text,
	"source" text DEFAULT 'verifier' NOT NULL,
	"node_id" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"idx" bigint NOT NULL,
	"origin" text NOT NULL,
	"proof" text NOT NULL,
	"self_evaluation" text,
	"self_score" double precision,
	"score" double precision,
	"source_run_id" text,
	"parent_round_id" text,
	"truncated" boolean DEFAULT false NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "run_events" (
	"run_id" text NOT NULL,
	"seq" bigint NOT NULL,
	"data" text NOT NULL,
	CONSTRAINT "run_events_run_id_seq_pk" PRIMARY KEY("run_id","seq")
);
--> statement-breakpoint
CREATE TABLE "runs" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"round_id" text,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"model" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"reasoning" text DEFAULT '' NOT NULL,
	"error" text,
	"finish_reason" text,
	"usage" jsonb,
	"params" jsonb,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"created_at" bigint NOT NULL,
	"started_at" bigint,
	"finished_at" bigint
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text,
	"problem" text NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"activity_at" bigint DEFAULT 0 NOT NULL,
	"round_count" bigint DEFAULT 0 NOT NULL,
	"last_score" double precision
);
--> statement-breakpoint
CREATE TABLE "grades" (
	"session_id" text NOT NULL,
	"kind" text NOT NULL,
	"points" bigint NOT NULL,
	"max_points" bigint DEFAULT 7 NOT NULL,
	"awards" jsonb,
	"text" text DEFAULT '' NOT NULL,
	"round_id" text,
	"run_id" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	CONSTRAINT "grades_session_id_kind_pk" PRIMARY KEY("session_id","kind")
);
--> statement-breakpoint
CREATE TABLE "imported_sessions" (
	"session_id" text PRIMARY KEY NOT NULL,
	"batch_id" text NOT NULL,
	"line" bigint NOT NULL,
	"external_id" text DEFAULT '' NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "problems" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text,
	"statement" text NOT NULL,
	"solution" text DEFAULT '' NOT NULL,
	"guidelines" text DEFAULT '' NOT NULL,
	"short_answer" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"level" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"origin" text NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rubrics" (
	"problem_id" text PRIMARY KEY NOT NULL,
	"rubric" jsonb NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_references" (
	"session_id" text PRIMARY KEY NOT NULL,
	"problem_id" text,
	"solution" text DEFAULT '' NOT NULL,
	"guidelines" text DEFAULT '' NOT NULL,
	"short_answer" text DEFAULT '' NOT NULL,
	"source" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shares" (
	"token" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "logins" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"token_tag" text NOT NULL,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_calls" (
	"id" text PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"session_id" text NOT NULL,
	"round_id" text,
	"role" text NOT NULL,
	"model" text NOT NULL,
	"purpose" text NOT NULL,
	"status" text NOT NULL,
	"provider" text,
	"prompt_tokens" bigint DEFAULT 0 NOT NULL,
	"cached_prompt_tokens" bigint DEFAULT 0 NOT NULL,
	"completion_tokens" bigint DEFAULT 0 NOT NULL,
	"reasoning_tokens" bigint,
	"started_at" bigint NOT NULL,
	"finished_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "part_verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"node_id" text NOT NULL,
	"run_id" text,
	"score" double precision,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "prompt_texts" (
	"hash" text PRIMARY KEY NOT NULL,
	"messages" jsonb NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "run_prompts" (
	"id" text PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"session_id" text NOT NULL,
	"round_id" text,
	"role" text NOT NULL,
	"purpose" text NOT NULL,
	"set_name" text NOT NULL,
	"template_hash" text NOT NULL,
	"parser" text DEFAULT 'auto' NOT NULL,
	"messages_hash" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finding_replies" (
	"id" text PRIMARY KEY NOT NULL,
	"finding_id" text NOT NULL,
	"text" text NOT NULL,
	"author" text,
	"decision" text,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_candidates" (
	"id" text PRIMARY KEY NOT NULL,
	"search_id" text NOT NULL,
	"ordinal" bigint NOT NULL,
	"generation" bigint NOT NULL,
	"parents" jsonb NOT NULL,
	"analyses" jsonb NOT NULL,
	"proof" text NOT NULL,
	"self_score" double precision,
	"failed" boolean DEFAULT false NOT NULL,
	"prompt_tokens" bigint DEFAULT 0 NOT NULL,
	"completion_tokens" bigint DEFAULT 0 NOT NULL,
	"started_at" bigint NOT NULL,
	"finished_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"search_id" text NOT NULL,
	"candidate_id" text NOT NULL,
	"score" double precision,
	"text" text NOT NULL,
	"failed" boolean DEFAULT false NOT NULL,
	"prompt_tokens" bigint DEFAULT 0 NOT NULL,
	"completion_tokens" bigint DEFAULT 0 NOT NULL,
	"started_at" bigint NOT NULL,
	"finished_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "searches" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"run_id" text,
	"params" jsonb NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"round_id" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"finished_at" bigint
);
--> statement-breakpoint
CREATE TABLE "finding_support" (
	"finding_id" text PRIMARY KEY NOT NULL,
	"verification_id" text NOT NULL,
	"found_by" bigint NOT NULL,
	"sample_count" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sample_findings" (
	"id" text PRIMARY KEY NOT NULL,
	"sample_id" text NOT NULL,
	"finding_id" text,
	"position" bigint NOT NULL,
	"severity" text NOT NULL,
	"quote" text NOT NULL,
	"description" text NOT NULL,
	"suggestion" text NOT NULL,
	"anchor" jsonb
);
--> statement-breakpoint
CREATE TABLE "verification_samples" (
	"id" text PRIMARY KEY NOT NULL,
	"verification_id" text NOT NULL,
	"idx" bigint NOT NULL,
	"status" text NOT NULL,
	"score" double precision,
	"text" text DEFAULT '' NOT NULL,
	"reasoning" text DEFAULT '' NOT NULL,
	"error" text,
	"usage" jsonb,
	"meta_score" double precision,
	"meta_text" text,
	"meta_error" text,
	"started_at" bigint,
	"finished_at" bigint
);
--> statement-breakpoint
CREATE TABLE "verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"round_id" text NOT NULL,
	"run_id" text,
	"sample_count" bigint NOT NULL,
	"created_at" bigint NOT NULL,
	"completed_at" bigint
);
--> statement-breakpoint
CREATE TABLE "session_pipeline" (
	"session_id" text PRIMARY KEY NOT NULL,
	"samples" bigint,
	"meta_auto" boolean DEFAULT false NOT NULL,
	"min_confirmed" bigint DEFAULT 1 NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "round_checks" ADD CONSTRAINT "round_checks_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_events" ADD CONSTRAINT "run_events_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_sessions" ADD CONSTRAINT "imported_sessions_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rubrics" ADD CONSTRAINT "rubrics_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_references" ADD CONSTRAINT "session_references_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_references" ADD CONSTRAINT "session_references_problem_id_problems_id_fk" FOREIGN KEY ("problem_id") REFERENCES "public"."problems"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shares" ADD CONSTRAINT "shares_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_calls" ADD CONSTRAINT "model_calls_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_verifications" ADD CONSTRAINT "part_verifications_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_prompts" ADD CONSTRAINT "run_prompts_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_prompts" ADD CONSTRAINT "run_prompts_messages_hash_prompt_texts_hash_fk" FOREIGN KEY ("messages_hash") REFERENCES "public"."prompt_texts"("hash") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_replies" ADD CONSTRAINT "finding_replies_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_candidates" ADD CONSTRAINT "search_candidates_search_id_searches_id_fk" FOREIGN KEY ("search_id") REFERENCES "public"."searches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_verifications" ADD CONSTRAINT "search_verifications_search_id_searches_id_fk" FOREIGN KEY ("search_id") REFERENCES "public"."searches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_verifications" ADD CONSTRAINT "search_verifications_candidate_id_search_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."search_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "searches" ADD CONSTRAINT "searches_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_support" ADD CONSTRAINT "finding_support_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finding_support" ADD CONSTRAINT "finding_support_verification_id_verifications_id_fk" FOREIGN KEY ("verification_id") REFERENCES "public"."verifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_findings" ADD CONSTRAINT "sample_findings_sample_id_verification_samples_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."verification_samples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sample_findings" ADD CONSTRAINT "sample_findings_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_samples" ADD CONSTRAINT "verification_samples_verification_id_verifications_id_fk" FOREIGN KEY ("verification_id") REFERENCES "public"."verifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verifications" ADD CONSTRAINT "verifications_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_pipeline" ADD CONSTRAINT "session_pipeline_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "findings_round" ON "findings" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rounds_session_idx" ON "rounds" USING btree ("session_id","idx");--> statement-breakpoint
CREATE INDEX "runs_session" ON "runs" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "runs_status" ON "runs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "runs_session_created" ON "runs" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "sessions_activity" ON "sessions" USING btree ("activity_at");--> statement-breakpoint
CREATE INDEX "sessions_created" ON "sessions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "sessions_rounds" ON "sessions" USING btree ("round_count");--> statement-breakpoint
CREATE INDEX "sessions_score" ON "sessions" USING btree (coalesce("last_score", -1));--> statement-breakpoint
CREATE INDEX "sessions_title" ON "sessions" USING btree (lower(coalesce("title", substr("problem", 1, 200))));--> statement-breakpoint
CREATE INDEX "imported_sessions_batch" ON "imported_sessions" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "problems_key" ON "problems" USING btree ("key");--> statement-breakpoint
CREATE INDEX "problems_order" ON "problems" USING btree ("origin","created_at");--> statement-breakpoint
CREATE INDEX "shares_session" ON "shares" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "logins_expires_idx" ON "logins" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "model_calls_session" ON "model_calls" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "model_calls_run" ON "model_calls" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "part_verifications_round" ON "part_verifications" USING btree ("round_id","node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "run_prompts_once" ON "run_prompts" USING btree ("run_id","purpose","messages_hash");--> statement-breakpoint
CREATE INDEX "run_prompts_session" ON "run_prompts" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "finding_replies_finding" ON "finding_replies" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "search_candidates_search" ON "search_candidates" USING btree ("search_id");--> statement-breakpoint
CREATE INDEX "search_verifications_search" ON "search_verifications" USING btree ("search_id");--> statement-breakpoint
CREATE INDEX "search_verifications_candidate" ON "search_verifications" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "searches_session" ON "searches" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "searches_status" ON "searches" USING btree ("status");--> statement-breakpoint
CREATE INDEX "sample_findings_sample" ON "sample_findings" USING btree ("sample_id");--> statement-breakpoint
CREATE INDEX "sample_findings_finding" ON "sample_findings" USING btree ("finding_id");--> statement-breakpoint
CREATE INDEX "verification_samples_verification" ON "verification_samples" USING btree ("verification_id");--> statement-breakpoint
CREATE INDEX "verifications_round" ON "verifications" USING btree ("round_id");