DROP INDEX `mentions_person_idx`;--> statement-breakpoint
CREATE INDEX `mentions_municipality_doc_idx` ON `mentions` (`municipality_code`,`document_id`);--> statement-breakpoint
CREATE INDEX `mentions_person_doc_idx` ON `mentions` (`person_id`,`document_id`);--> statement-breakpoint
CREATE INDEX `mentions_wave_idx` ON `mentions` (`municipality_code`, json_extract(`value`, '$.wave')) WHERE `kind` = 'wave';--> statement-breakpoint
CREATE INDEX `documents_id_published_idx` ON `documents` (`id`,`published`);