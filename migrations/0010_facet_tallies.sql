CREATE TABLE `facet_tallies` (
	`facet` text NOT NULL,
	`value` text NOT NULL,
	`n` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`facet`, `value`)
);
--> statement-breakpoint
CREATE INDEX `people_merged_idx` ON `people` (`merged_into`) WHERE "people"."merged_into" is not null;--> statement-breakpoint
INSERT INTO `facet_tallies` (`facet`, `value`, `n`)
  SELECT 'municipality', `municipality_code`, count(DISTINCT `document_id`) FROM `mentions`
  WHERE `municipality_code` IS NOT NULL AND `review_state` <> 'rejected' GROUP BY `municipality_code`;
--> statement-breakpoint
INSERT INTO `facet_tallies` (`facet`, `value`, `n`)
  SELECT 'party', `party`, count(DISTINCT `document_id`) FROM `mentions`
  WHERE `party` IS NOT NULL AND `review_state` <> 'rejected' GROUP BY `party`;
--> statement-breakpoint
INSERT INTO `facet_tallies` (`facet`, `value`, `n`)
  SELECT 'kind', `kind`, count(*) FROM `documents` WHERE `kind` IS NOT NULL GROUP BY `kind`;
--> statement-breakpoint
INSERT INTO `facet_tallies` (`facet`, `value`, `n`)
  SELECT 'year', substr(`published`, 1, 4), count(*) FROM `documents` WHERE `published` IS NOT NULL GROUP BY substr(`published`, 1, 4);
--> statement-breakpoint
INSERT INTO `facet_tallies` (`facet`, `value`, `n`)
  SELECT 'municipality_commitments', `municipality_code`, count(*) FROM `commitments`
  WHERE `municipality_code` IS NOT NULL AND `review_state` <> 'rejected' GROUP BY `municipality_code`;
--> statement-breakpoint
CREATE TRIGGER `facet_mentions_ai` AFTER INSERT ON `mentions` WHEN new.`municipality_code` IS NOT NULL OR new.`party` IS NOT NULL BEGIN
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'municipality', new.`municipality_code`, 1
    WHERE new.`municipality_code` IS NOT NULL AND new.`review_state` <> 'rejected' AND NOT EXISTS (SELECT 1 FROM `mentions` m
      WHERE m.`municipality_code` = new.`municipality_code` AND m.`document_id` = new.`document_id` AND m.`review_state` <> 'rejected' AND m.`id` <> new.`id`)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'party', new.`party`, 1
    WHERE new.`party` IS NOT NULL AND new.`review_state` <> 'rejected' AND NOT EXISTS (SELECT 1 FROM `mentions` m
      WHERE m.`party` = new.`party` AND m.`document_id` = new.`document_id` AND m.`review_state` <> 'rejected' AND m.`id` <> new.`id`)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_mentions_ad` AFTER DELETE ON `mentions` WHEN old.`municipality_code` IS NOT NULL OR old.`party` IS NOT NULL BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'municipality' AND `value` = old.`municipality_code` AND old.`review_state` <> 'rejected'
    AND NOT EXISTS (SELECT 1 FROM `mentions` m WHERE m.`municipality_code` = old.`municipality_code` AND m.`document_id` = old.`document_id`
      AND m.`review_state` <> 'rejected' AND m.`id` <> old.`id`);
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'party' AND `value` = old.`party` AND old.`review_state` <> 'rejected'
    AND NOT EXISTS (SELECT 1 FROM `mentions` m WHERE m.`party` = old.`party` AND m.`document_id` = old.`document_id`
      AND m.`review_state` <> 'rejected' AND m.`id` <> old.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `facet_mentions_municipality_au` AFTER UPDATE OF `municipality_code`, `review_state`, `document_id` ON `mentions`
  WHEN (CASE WHEN old.`review_state` <> 'rejected' THEN old.`municipality_code` END) IS NOT (CASE WHEN new.`review_state` <> 'rejected' THEN new.`municipality_code` END) OR (old.`document_id` <> new.`document_id` AND (old.`municipality_code` IS NOT NULL OR new.`municipality_code` IS NOT NULL)) BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'municipality' AND `value` = old.`municipality_code` AND old.`review_state` <> 'rejected'
    AND NOT EXISTS (SELECT 1 FROM `mentions` m WHERE m.`municipality_code` = old.`municipality_code` AND m.`document_id` = old.`document_id`
      AND m.`review_state` <> 'rejected' AND m.`id` <> old.`id`);
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'municipality', new.`municipality_code`, 1
    WHERE new.`municipality_code` IS NOT NULL AND new.`review_state` <> 'rejected' AND NOT EXISTS (SELECT 1 FROM `mentions` m
      WHERE m.`municipality_code` = new.`municipality_code` AND m.`document_id` = new.`document_id` AND m.`review_state` <> 'rejected' AND m.`id` <> new.`id`)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_mentions_party_au` AFTER UPDATE OF `party`, `review_state`, `document_id` ON `mentions`
  WHEN (CASE WHEN old.`review_state` <> 'rejected' THEN old.`party` END) IS NOT (CASE WHEN new.`review_state` <> 'rejected' THEN new.`party` END) OR (old.`document_id` <> new.`document_id` AND (old.`party` IS NOT NULL OR new.`party` IS NOT NULL)) BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'party' AND `value` = old.`party` AND old.`review_state` <> 'rejected'
    AND NOT EXISTS (SELECT 1 FROM `mentions` m WHERE m.`party` = old.`party` AND m.`document_id` = old.`document_id`
      AND m.`review_state` <> 'rejected' AND m.`id` <> old.`id`);
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'party', new.`party`, 1
    WHERE new.`party` IS NOT NULL AND new.`review_state` <> 'rejected' AND NOT EXISTS (SELECT 1 FROM `mentions` m
      WHERE m.`party` = new.`party` AND m.`document_id` = new.`document_id` AND m.`review_state` <> 'rejected' AND m.`id` <> new.`id`)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_documents_ai` AFTER INSERT ON `documents` WHEN new.`kind` IS NOT NULL OR new.`published` IS NOT NULL BEGIN
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'kind', new.`kind`, 1 WHERE new.`kind` IS NOT NULL
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'year', substr(new.`published`, 1, 4), 1 WHERE new.`published` IS NOT NULL
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_documents_ad` AFTER DELETE ON `documents` WHEN old.`kind` IS NOT NULL OR old.`published` IS NOT NULL BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'kind' AND `value` = old.`kind`;
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'year' AND `value` = substr(old.`published`, 1, 4);
END;
--> statement-breakpoint
CREATE TRIGGER `facet_documents_au` AFTER UPDATE OF `kind`, `published` ON `documents`
  WHEN old.`kind` IS NOT new.`kind` OR substr(old.`published`, 1, 4) IS NOT substr(new.`published`, 1, 4) BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'kind' AND `value` = old.`kind`;
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'year' AND `value` = substr(old.`published`, 1, 4);
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'kind', new.`kind`, 1 WHERE new.`kind` IS NOT NULL
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'year', substr(new.`published`, 1, 4), 1 WHERE new.`published` IS NOT NULL
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_commitments_ai` AFTER INSERT ON `commitments` WHEN new.`municipality_code` IS NOT NULL AND new.`review_state` <> 'rejected' BEGIN
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) VALUES ('municipality_commitments', new.`municipality_code`, 1)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_commitments_ad` AFTER DELETE ON `commitments` WHEN old.`municipality_code` IS NOT NULL AND old.`review_state` <> 'rejected' BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'municipality_commitments' AND `value` = old.`municipality_code`;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_commitments_au` AFTER UPDATE OF `municipality_code`, `review_state` ON `commitments` BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'municipality_commitments' AND `value` = old.`municipality_code` AND old.`review_state` <> 'rejected';
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'municipality_commitments', new.`municipality_code`, 1
    WHERE new.`municipality_code` IS NOT NULL AND new.`review_state` <> 'rejected'
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
