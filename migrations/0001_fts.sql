-- Full-text search over document text. unicode61 with remove_diacritics 0: å, ä and ö are letters of
-- their own ("år" is not "ar"). External content: the text lives once, in documents.
CREATE VIRTUAL TABLE `documents_fts` USING fts5(title, text, content='documents', content_rowid='rowid', tokenize = 'unicode61 remove_diacritics 0');
--> statement-breakpoint
CREATE TRIGGER `documents_fts_ai` AFTER INSERT ON `documents` BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_ad` AFTER DELETE ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_au` AFTER UPDATE OF title, text ON `documents` BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
