CREATE TABLE `commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`actor` text NOT NULL,
	`municipality_code` text,
	`party` text,
	`type` text NOT NULL,
	`what` text NOT NULL,
	`when` text,
	`evidence` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`page` integer NOT NULL,
	`published` text,
	`sort_date` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitments_municipality_idx` ON `commitments` (`municipality_code`,`sort_date`);--> statement-breakpoint
CREATE INDEX `commitments_sort_idx` ON `commitments` (`sort_date`);--> statement-breakpoint
CREATE INDEX `commitments_document_idx` ON `commitments` (`document_id`);--> statement-breakpoint
CREATE INDEX `commitments_type_idx` ON `commitments` (`type`);--> statement-breakpoint
CREATE UNIQUE INDEX `commitments_span_idx` ON `commitments` (`document_id`,`start`,`type`,`actor`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`filename` text NOT NULL,
	`media_type` text NOT NULL,
	`format` text NOT NULL,
	`size` integer NOT NULL,
	`source_url` text,
	`title` text,
	`language` text,
	`kind` text,
	`published` text,
	`status` text NOT NULL,
	`error` text,
	`extractor_version` text,
	`text` text,
	`pages` text,
	`extraction` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_sha256_unique` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_created_idx` ON `documents` (`created_at`);--> statement-breakpoint
CREATE INDEX `documents_published_idx` ON `documents` (`published`);--> statement-breakpoint
CREATE INDEX `documents_kind_idx` ON `documents` (`kind`);--> statement-breakpoint
CREATE INDEX `documents_status_idx` ON `documents` (`status`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` text NOT NULL,
	`kind` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`page` integer NOT NULL,
	`text` text NOT NULL,
	`value` text,
	`extractor` text NOT NULL,
	`municipality_code` text,
	`person_id` text,
	`party` text,
	`role` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentions_document_idx` ON `mentions` (`document_id`,`start`);--> statement-breakpoint
CREATE INDEX `mentions_kind_municipality_idx` ON `mentions` (`kind`,`municipality_code`);--> statement-breakpoint
CREATE INDEX `mentions_person_idx` ON `mentions` (`person_id`);--> statement-breakpoint
CREATE TABLE `municipalities` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`county_code` text NOT NULL,
	`county` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipalities_name_unique` ON `municipalities` (`name`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`party` text,
	`municipality_code` text,
	`politician` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`municipality_code`) REFERENCES `municipalities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_name_key_idx` ON `people` (`name_key`);--> statement-breakpoint
CREATE INDEX `people_municipality_idx` ON `people` (`municipality_code`);