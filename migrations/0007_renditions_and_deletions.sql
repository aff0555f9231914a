CREATE TABLE `deletions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`sha256s` text NOT NULL,
	`filename` text NOT NULL,
	`title` text,
	`deleted_by` text NOT NULL,
	`reason` text,
	`deleted_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `deletions_document_idx` ON `deletions` (`document_id`);--> statement-breakpoint
CREATE INDEX `deletions_at_idx` ON `deletions` (`deleted_at`);--> statement-breakpoint
CREATE TABLE `renditions` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`document_id` text NOT NULL,
	`filename` text NOT NULL,
	`media_type` text NOT NULL,
	`format` text NOT NULL,
	`size` integer NOT NULL,
	`source_url` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `renditions_sha256_unique` ON `renditions` (`sha256`);--> statement-breakpoint
CREATE INDEX `renditions_document_idx` ON `renditions` (`document_id`);--> statement-breakpoint
ALTER TABLE `documents` ADD `warnings` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `text_key` text;--> statement-breakpoint
CREATE INDEX `documents_text_key_idx` ON `documents` (`text_key`);