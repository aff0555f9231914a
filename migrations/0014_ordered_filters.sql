-- Bounded listings of commitments and documents under any filter (issue 13).
-- * A thread's steps in order: the date the archive knew of them (the publication date, else the commitment's own
--   date), how far along (proposed … signed, then revised: stepRank in src/db/schema.ts), id. "Of each thread its
--   latest step as of a day" (/api/commitments?as_of=) asks, per commitment, three seeks for a later step instead of
--   reading its whole thread (a party's thread can hold tens of thousands of steps, many on one date). It replaces
--   the index on the thread alone, which it serves too.
-- * Commitments of a type, a party, a strength in the listings' date order (their values' rows cluster in time: a
--   target's date is its target year), replacing the indexes on each column alone. The date-order indexes are no
--   longer partial: with rejected records in them (a few, skipped as read) they serve include=rejected too.
-- * A kind's and a language's documents newest first (replacing the index on kind alone; language had none).
-- * The comparison table's cells, one seek per municipality (src/compare.ts): statements of joining a programme,
--   the earliest climate-neutral year, the latest reduction target.
DROP INDEX `commitments_thread_idx`;--> statement-breakpoint
DROP INDEX `commitments_type_idx`;--> statement-breakpoint
DROP INDEX `commitments_party_idx`;--> statement-breakpoint
DROP INDEX `commitments_strength_idx`;--> statement-breakpoint
DROP INDEX `commitments_order_idx`;--> statement-breakpoint
DROP INDEX `commitments_municipality_order_idx`;--> statement-breakpoint
CREATE INDEX `commitments_thread_known_idx` ON `commitments` (`thread`, coalesce(`published`, `sort_date`), (case when `type` = 'revise' then 5 else coalesce(case `strength` when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end), `id`);--> statement-breakpoint
CREATE INDEX `commitments_type_order_idx` ON `commitments` (`type`,"sort_date" is null,`sort_date`,"published" is null,`published`,`id`);--> statement-breakpoint
CREATE INDEX `commitments_party_order_idx` ON `commitments` (`party`,"sort_date" is null,`sort_date`,"published" is null,`published`,`id`);--> statement-breakpoint
CREATE INDEX `commitments_strength_order_idx` ON `commitments` (`strength`,"sort_date" is null,`sort_date`,"published" is null,`published`,`id`);--> statement-breakpoint
CREATE INDEX `commitments_order_idx` ON `commitments` ("sort_date" is null,`sort_date`,"published" is null,`published`,`id`);--> statement-breakpoint
CREATE INDEX `commitments_municipality_order_idx` ON `commitments` (`municipality_code`,"sort_date" is null,`sort_date`,"published" is null,`published`,`id`);--> statement-breakpoint
DROP INDEX `documents_kind_idx`;--> statement-breakpoint
CREATE INDEX `documents_kind_published_idx` ON `documents` (`kind`,`published`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `documents_language_published_idx` ON `documents` (`language`,`published`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `commitments_programme_idx` ON `commitments` (`municipality_code`, `object`, coalesce(`published`, `sort_date`), `id`) WHERE `type` in ('join', 'sign') and `review_state` <> 'rejected';--> statement-breakpoint
CREATE INDEX `commitments_neutral_idx` ON `commitments` (`municipality_code`, coalesce(`target_year`, cast(substr(`when`, 1, 4) as integer)), `id`) WHERE `type` = 'target' and `review_state` <> 'rejected' and (`object` = 'klimatneutral' or (`object` is null and instr(lower(`what`), 'klimatneutral') > 0));--> statement-breakpoint
CREATE INDEX `commitments_reduction_idx` ON `commitments` (`municipality_code`, coalesce(`published`, `sort_date`), `id`) WHERE `reduction_percent` is not null and `review_state` <> 'rejected';
