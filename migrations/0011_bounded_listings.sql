DROP INDEX `documents_created_idx`;--> statement-breakpoint
DROP INDEX `documents_published_idx`;--> statement-breakpoint
CREATE INDEX `documents_created_idx` ON `documents` (`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `documents_published_idx` ON `documents` (`published`,`created_at`,`id`);--> statement-breakpoint
DROP INDEX `mentions_wave_idx`;--> statement-breakpoint
CREATE INDEX `mentions_wave_idx` ON `mentions` (`municipality_code`, json_extract(`value`, '$.wave'), "published" is null, `published`) WHERE "mentions"."kind" = 'wave' and "mentions"."review_state" <> 'rejected';--> statement-breakpoint
INSERT INTO `facet_tallies` (`facet`, `value`, `n`)
  SELECT 'municipality_wave', `municipality_code` || ':' || json_extract(`value`, '$.wave'), count(*) FROM `mentions`
  WHERE `kind` = 'wave' AND `review_state` <> 'rejected' AND `municipality_code` IS NOT NULL AND json_extract(`value`, '$.wave') IS NOT NULL
  GROUP BY 2;
--> statement-breakpoint
CREATE TRIGGER `facet_waves_ai` AFTER INSERT ON `mentions`
  WHEN new.`kind` = 'wave' AND new.`review_state` <> 'rejected' AND new.`municipality_code` IS NOT NULL AND json_extract(new.`value`, '$.wave') IS NOT NULL BEGIN
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) VALUES ('municipality_wave', new.`municipality_code` || ':' || json_extract(new.`value`, '$.wave'), 1)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_waves_ad` AFTER DELETE ON `mentions`
  WHEN old.`kind` = 'wave' AND old.`review_state` <> 'rejected' AND old.`municipality_code` IS NOT NULL AND json_extract(old.`value`, '$.wave') IS NOT NULL BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'municipality_wave' AND `value` = old.`municipality_code` || ':' || json_extract(old.`value`, '$.wave');
END;
--> statement-breakpoint
CREATE TRIGGER `facet_waves_au` AFTER UPDATE OF `kind`, `municipality_code`, `review_state`, `value` ON `mentions`
  WHEN (CASE WHEN old.`kind` = 'wave' AND old.`review_state` <> 'rejected' THEN old.`municipality_code` || ':' || json_extract(old.`value`, '$.wave') END)
    IS NOT (CASE WHEN new.`kind` = 'wave' AND new.`review_state` <> 'rejected' THEN new.`municipality_code` || ':' || json_extract(new.`value`, '$.wave') END) BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'municipality_wave'
    AND `value` = (CASE WHEN old.`kind` = 'wave' AND old.`review_state` <> 'rejected' THEN old.`municipality_code` || ':' || json_extract(old.`value`, '$.wave') END);
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`)
    SELECT 'municipality_wave', new.`municipality_code` || ':' || json_extract(new.`value`, '$.wave'), 1
    WHERE new.`kind` = 'wave' AND new.`review_state` <> 'rejected' AND new.`municipality_code` IS NOT NULL AND json_extract(new.`value`, '$.wave') IS NOT NULL
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
INSERT INTO `facet_tallies` (`facet`, `value`, `n`)
  SELECT 'person_mentions', `person_id`, count(*) FROM `mentions` WHERE `person_id` IS NOT NULL AND `review_state` <> 'rejected' GROUP BY `person_id`;
--> statement-breakpoint
INSERT INTO `facet_tallies` (`facet`, `value`, `n`)
  SELECT 'person_documents', `person_id`, count(DISTINCT `document_id`) FROM `mentions` WHERE `person_id` IS NOT NULL AND `review_state` <> 'rejected' GROUP BY `person_id`;
--> statement-breakpoint
CREATE TRIGGER `facet_people_ai` AFTER INSERT ON `mentions` WHEN new.`person_id` IS NOT NULL AND new.`review_state` <> 'rejected' BEGIN
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) VALUES ('person_mentions', new.`person_id`, 1)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'person_documents', new.`person_id`, 1
    WHERE NOT EXISTS (SELECT 1 FROM `mentions` m WHERE m.`person_id` = new.`person_id` AND m.`document_id` = new.`document_id`
      AND m.`review_state` <> 'rejected' AND m.`id` <> new.`id`)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `facet_people_ad` AFTER DELETE ON `mentions` WHEN old.`person_id` IS NOT NULL AND old.`review_state` <> 'rejected' BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'person_mentions' AND `value` = old.`person_id`;
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'person_documents' AND `value` = old.`person_id`
    AND NOT EXISTS (SELECT 1 FROM `mentions` m WHERE m.`person_id` = old.`person_id` AND m.`document_id` = old.`document_id`
      AND m.`review_state` <> 'rejected' AND m.`id` <> old.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `facet_people_au` AFTER UPDATE OF `person_id`, `review_state`, `document_id` ON `mentions`
  WHEN (CASE WHEN old.`review_state` <> 'rejected' THEN old.`person_id` END) IS NOT (CASE WHEN new.`review_state` <> 'rejected' THEN new.`person_id` END)
    OR (old.`document_id` <> new.`document_id` AND (old.`person_id` IS NOT NULL OR new.`person_id` IS NOT NULL)) BEGIN
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'person_mentions' AND `value` = old.`person_id` AND old.`review_state` <> 'rejected';
  UPDATE `facet_tallies` SET `n` = `n` - 1 WHERE `facet` = 'person_documents' AND `value` = old.`person_id` AND old.`review_state` <> 'rejected'
    AND NOT EXISTS (SELECT 1 FROM `mentions` m WHERE m.`person_id` = old.`person_id` AND m.`document_id` = old.`document_id`
      AND m.`review_state` <> 'rejected' AND m.`id` <> old.`id`);
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'person_mentions', new.`person_id`, 1
    WHERE new.`person_id` IS NOT NULL AND new.`review_state` <> 'rejected'
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
  INSERT INTO `facet_tallies` (`facet`, `value`, `n`) SELECT 'person_documents', new.`person_id`, 1
    WHERE new.`person_id` IS NOT NULL AND new.`review_state` <> 'rejected' AND NOT EXISTS (SELECT 1 FROM `mentions` m
      WHERE m.`person_id` = new.`person_id` AND m.`document_id` = new.`document_id` AND m.`review_state` <> 'rejected' AND m.`id` <> new.`id`)
    ON CONFLICT (`facet`, `value`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- The terms of the full-text index, for expanding a prefix ("klimatneutral*") into the terms it stands for:
-- FTS5 merges every doclist of a prefix before the first row, the same terms ORed are read as they are needed.
CREATE VIRTUAL TABLE `documents_fts_terms` USING fts5vocab(`documents_fts`, 'row');
