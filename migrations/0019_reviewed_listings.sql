-- Listings that read every row of a common value to find a few (issue 13: every answer bounded). A reviewer's work
-- is few records whatever the archive's size: /people?reviewed= read every mention of each person for its state
-- (2.5 s at 100k documents) and /commitments?reviewed=true every commitment in listing order (159 ms); both now
-- start from the reviewed records' own partial indexes. /documents?kind=&language= read each document of the
-- language to check its kind (275 ms): one index for the pair, in the listing's order.
CREATE INDEX `commitments_touched_idx` ON `commitments` (`review_state`) WHERE "commitments"."review_state" <> 'machine';--> statement-breakpoint
CREATE INDEX `documents_kind_language_idx` ON `documents` (`kind`,`language`,`published`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `mentions_reviewed_idx` ON `mentions` (`person_id`) WHERE "mentions"."review_state" <> 'rejected' and "mentions"."review_state" <> 'machine';