ALTER TABLE `commitments` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `strength` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `object` text;--> statement-breakpoint
ALTER TABLE `commitments` ADD `target_year` integer;--> statement-breakpoint
ALTER TABLE `commitments` ADD `baseline_year` integer;--> statement-breakpoint
ALTER TABLE `commitments` ADD `reduction_percent` integer;--> statement-breakpoint
ALTER TABLE `commitments` ADD `scope` text;--> statement-breakpoint
ALTER TABLE `mentions` ADD `rule` text;