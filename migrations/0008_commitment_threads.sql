ALTER TABLE `commitments` ADD `thread` text;--> statement-breakpoint
CREATE INDEX `commitments_thread_idx` ON `commitments` (`thread`);