-- The terms of the full-text index, added on write (src/db/search-terms.ts): a prefix search ("klimatneutral*")
-- reads the terms it stands for from this index. The fts5vocab table of 0011 listed them too, but counted every
-- term's documents while it did (44–78 ms per prefix at a million documents); it is filled from it once and dropped.
CREATE TABLE `search_terms` (
	`term` text PRIMARY KEY NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `search_terms` (`term`) SELECT `term` FROM `documents_fts_terms`;
--> statement-breakpoint
DROP TABLE `documents_fts_terms`;
