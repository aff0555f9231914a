-- Mention indexes without the rows they never serve (issue 13: ingest throughput). The indexes read by a person, a
-- party or a municipality held an entry for every mention, though most mentions name no person (87 % in a bulk
-- ingest of the seed texts) and no party (94 %): every query that reads them names its value, which implies it is
-- not null, so SQLite still uses them. The writer's store step went from about 3.6 to 2.8 ms per plain-text
-- document (16 per transaction), and the 100k bench database's indexes shrink by about a tenth of the file.
DROP INDEX `mentions_municipality_doc_idx`;--> statement-breakpoint
DROP INDEX `mentions_person_doc_idx`;--> statement-breakpoint
DROP INDEX `mentions_person_page_idx`;--> statement-breakpoint
DROP INDEX `mentions_party_doc_idx`;--> statement-breakpoint
DROP INDEX `mentions_municipality_page_idx`;--> statement-breakpoint
CREATE INDEX `mentions_municipality_doc_idx` ON `mentions` (`municipality_code`,`document_id`) WHERE "mentions"."municipality_code" is not null;--> statement-breakpoint
CREATE INDEX `mentions_person_doc_idx` ON `mentions` (`person_id`,`document_id`) WHERE "mentions"."person_id" is not null;--> statement-breakpoint
CREATE INDEX `mentions_person_page_idx` ON `mentions` (`person_id`,"published" is null,`published`,`document_id`,`start`,`role`) WHERE "mentions"."review_state" <> 'rejected' and "mentions"."person_id" is not null;--> statement-breakpoint
CREATE INDEX `mentions_party_doc_idx` ON `mentions` (`party`,`document_id`) WHERE "mentions"."review_state" <> 'rejected' and "mentions"."party" is not null;--> statement-breakpoint
CREATE INDEX `mentions_municipality_page_idx` ON `mentions` (`municipality_code`,"published" desc,`document_id`) WHERE "mentions"."review_state" <> 'rejected' and "mentions"."municipality_code" is not null;