CREATE TABLE `reviewers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`token_sha256` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviewers_name_unique` ON `reviewers` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `reviewers_token_sha256_unique` ON `reviewers` (`token_sha256`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record_id` text NOT NULL,
	`document_id` text,
	`document_sha256` text,
	`kind` text NOT NULL,
	`action` text NOT NULL,
	`reviewer` text NOT NULL,
	`reviewer_role` text NOT NULL,
	`at` text NOT NULL,
	`start` integer,
	`end` integer,
	`exact` text,
	`prefix` text,
	`suffix` text,
	`key` text DEFAULT '' NOT NULL,
	`old_value` text,
	`new_value` text,
	`comment` text,
	`base` integer
);
--> statement-breakpoint
CREATE INDEX `reviews_record_idx` ON `reviews` (`record_id`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_document_idx` ON `reviews` (`document_id`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_at_idx` ON `reviews` (`at`);--> statement-breakpoint
CREATE INDEX `reviews_reviewer_idx` ON `reviews` (`reviewer`,`id`);--> statement-breakpoint
ALTER TABLE `commitments` ADD `record_id` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `review_state` text DEFAULT 'machine' NOT NULL;--> statement-breakpoint
ALTER TABLE `commitments` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `reviewed_at` text;--> statement-breakpoint
CREATE INDEX `commitments_record_idx` ON `commitments` (`record_id`);--> statement-breakpoint
ALTER TABLE `mentions` ADD `record_id` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `review_state` text DEFAULT 'machine' NOT NULL;--> statement-breakpoint
ALTER TABLE `mentions` ADD `reviewed_by` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `machine_value` text;--> statement-breakpoint
CREATE INDEX `mentions_record_idx` ON `mentions` (`record_id`);--> statement-breakpoint
ALTER TABLE `people` ADD `merged_into` text;