-- A document's card by id (date, kind, title, file name) from an index alone (issue 13). Lists of commitments,
-- mentions and a municipality's documents show these beside their own rows; read from the table, each look-up was
-- two descents (the id's own index, then the row by rowid) into a file where one document fills a page: at 1M
-- documents the titles of a page of 50 commitments took 118 page reads, from this index 54. It replaces the index
-- on (id, published), which it serves too.
DROP INDEX `documents_id_published_idx`;--> statement-breakpoint
CREATE INDEX `documents_card_idx` ON `documents` (`id`,`published`,`kind`,`title`,`filename`);
