CREATE TABLE `tallies` (
	`key` text PRIMARY KEY NOT NULL,
	`n` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE `mentions` ADD `published` text;--> statement-breakpoint
UPDATE `mentions` SET `published` = (SELECT `d`.`published` FROM `documents` `d` WHERE `d`.`id` = `mentions`.`document_id`);--> statement-breakpoint
CREATE INDEX `mentions_person_page_idx` ON `mentions` (`person_id`,"published" is null,`published`,`document_id`,`start`,`role`) WHERE "mentions"."review_state" <> 'rejected';--> statement-breakpoint
CREATE INDEX `mentions_person_role_idx` ON `mentions` (`person_id`,`role`,`published`) WHERE "mentions"."review_state" <> 'rejected' and "mentions"."role" is not null;--> statement-breakpoint
CREATE INDEX `mentions_party_doc_idx` ON `mentions` (`party`,`document_id`) WHERE "mentions"."review_state" <> 'rejected';--> statement-breakpoint
CREATE INDEX `mentions_municipality_page_idx` ON `mentions` (`municipality_code`,"published" desc,`document_id`) WHERE "mentions"."review_state" <> 'rejected';--> statement-breakpoint
CREATE INDEX `commitments_order_idx` ON `commitments` ("sort_date" is null,`sort_date`,"published" is null,`published`,`id`) WHERE "commitments"."review_state" <> 'rejected';--> statement-breakpoint
CREATE INDEX `commitments_party_idx` ON `commitments` (`party`) WHERE "commitments"."review_state" <> 'rejected';--> statement-breakpoint
CREATE INDEX `commitments_actor_idx` ON `commitments` (`actor`) WHERE "commitments"."review_state" <> 'rejected';--> statement-breakpoint
CREATE INDEX `commitments_strength_idx` ON `commitments` (`strength`) WHERE "commitments"."review_state" <> 'rejected';--> statement-breakpoint
CREATE INDEX `commitments_object_idx` ON `commitments` (`object`) WHERE "commitments"."review_state" <> 'rejected';--> statement-breakpoint
CREATE INDEX `commitments_reviewed_idx` ON `commitments` (`review_state`) WHERE "commitments"."review_state" <> 'rejected' and "commitments"."review_state" <> 'machine';--> statement-breakpoint
CREATE INDEX `commitments_municipality_order_idx` ON `commitments` (`municipality_code`,"sort_date" is null,`sort_date`,"published" is null,`published`,`id`) WHERE "commitments"."review_state" <> 'rejected';--> statement-breakpoint
INSERT INTO `tallies` (`key`, `n`) VALUES ('documents', (SELECT count(*) FROM `documents`)),
  ('commitments', (SELECT count(*) FROM `commitments` WHERE `review_state` <> 'rejected')),
  ('commitments_all', (SELECT count(*) FROM `commitments`));--> statement-breakpoint
CREATE TRIGGER `tallies_documents_ai` AFTER INSERT ON `documents` BEGIN
  UPDATE `tallies` SET `n` = `n` + 1 WHERE `key` = 'documents';
END;--> statement-breakpoint
CREATE TRIGGER `tallies_documents_ad` AFTER DELETE ON `documents` BEGIN
  UPDATE `tallies` SET `n` = `n` - 1 WHERE `key` = 'documents';
END;--> statement-breakpoint
CREATE TRIGGER `tallies_commitments_ai` AFTER INSERT ON `commitments` BEGIN
  UPDATE `tallies` SET `n` = `n` + 1 WHERE `key` = 'commitments_all' OR (`key` = 'commitments' AND new.`review_state` <> 'rejected');
END;--> statement-breakpoint
CREATE TRIGGER `tallies_commitments_ad` AFTER DELETE ON `commitments` BEGIN
  UPDATE `tallies` SET `n` = `n` - 1 WHERE `key` = 'commitments_all' OR (`key` = 'commitments' AND old.`review_state` <> 'rejected');
END;--> statement-breakpoint
CREATE TRIGGER `tallies_commitments_au` AFTER UPDATE OF `review_state` ON `commitments`
  WHEN (old.`review_state` <> 'rejected') <> (new.`review_state` <> 'rejected') BEGIN
  UPDATE `tallies` SET `n` = `n` + (CASE WHEN new.`review_state` <> 'rejected' THEN 1 ELSE -1 END) WHERE `key` = 'commitments';
END;
