-- Listings of two low-cardinality filters (issue 13: every answer bounded): /commitments?party=KD&strength=signed
-- read the strength's rows in the listing's order, each row fetched to check its party, and counted up to 10,000
-- matches the same way (75 ms at 100k documents, ten times that at 1M). The type, party and strength order
-- indexes now end with the other two filters' columns and the review state: the second filter is checked in the
-- index (a row is read only for the page) and the total is counted from the index alone (3.7 ms).
DROP INDEX `commitments_type_order_idx`;--> statement-breakpoint
DROP INDEX `commitments_party_order_idx`;--> statement-breakpoint
DROP INDEX `commitments_strength_order_idx`;--> statement-breakpoint
CREATE INDEX `commitments_type_order_idx` ON `commitments` (`type`,"sort_date" is null,`sort_date`,"published" is null,`published`,`id`,`party`,`strength`,`review_state`);--> statement-breakpoint
CREATE INDEX `commitments_party_order_idx` ON `commitments` (`party`,"sort_date" is null,`sort_date`,"published" is null,`published`,`id`,`type`,`strength`,`review_state`);--> statement-breakpoint
CREATE INDEX `commitments_strength_order_idx` ON `commitments` (`strength`,"sort_date" is null,`sort_date`,"published" is null,`published`,`id`,`party`,`type`,`review_state`);