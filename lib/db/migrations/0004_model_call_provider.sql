ALTER TABLE `model_calls` ADD `provider` text;--> statement-breakpoint
ALTER TABLE `model_calls` ADD `cached_prompt_tokens` integer DEFAULT 0 NOT NULL;