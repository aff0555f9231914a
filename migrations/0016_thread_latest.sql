-- Of each thread its latest step, its number of steps and its first date, kept on write (issue 13, src/threads.ts):
-- `/threads` reads a page of threads from an index in its order (the date known of the latest step, its rank, its
-- id) instead of finding every thread's latest step and counting the steps of the page's threads. The latest step
-- of a thread is its live commitment that comes last in the order of commitments_thread_known_idx (date known: the
-- publication date, else the sort date; rank: stepRank in src/db/schema.ts; id). Triggers on commitments keep it:
-- * a new live step is one more, is the first date when it is earlier, and the latest when it comes later (an
--   upsert, no read);
-- * a step deleted or no longer live (rejected, or changed: its thread, dates, strength, type or object) is one
--   fewer, and when it was the latest or the first date, that is read again (a seek in commitments_thread_known_idx);
--   a changed step then counts again as a new one.
-- The rows of an archive that has threads already are filled at the end.
CREATE TABLE `thread_latest` (
	`thread` text PRIMARY KEY NOT NULL,
	`object` text,
	`known` text,
	`rank` integer NOT NULL,
	`commitment_id` integer NOT NULL,
	`steps` integer NOT NULL,
	`first` text
);
--> statement-breakpoint
CREATE INDEX `thread_latest_order_idx` ON `thread_latest` ("known" desc, "rank" desc, "commitment_id" desc);--> statement-breakpoint
CREATE INDEX `thread_latest_object_idx` ON `thread_latest` (`object`, "known" desc, "rank" desc, "commitment_id" desc);--> statement-breakpoint
CREATE TRIGGER `thread_latest_ai` AFTER INSERT ON `commitments` WHEN new.thread IS NOT NULL AND new.review_state <> 'rejected' BEGIN
  INSERT INTO thread_latest (thread, object, known, rank, commitment_id, steps, first)
    SELECT new.thread, new.object, coalesce(new.published, new.sort_date), (case when new.type = 'revise' then 5 else coalesce(case new.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end), new.id, 1, coalesce(new.published, new.sort_date) WHERE new.thread IS NOT NULL AND new.review_state <> 'rejected'
  ON CONFLICT (thread) DO UPDATE SET steps = steps + 1,
    first = CASE WHEN excluded.first IS NOT NULL AND (thread_latest.first IS NULL OR excluded.first < thread_latest.first) THEN excluded.first ELSE thread_latest.first END,
    object = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_latest.known, '') AND (excluded.rank > thread_latest.rank OR (excluded.rank = thread_latest.rank AND excluded.commitment_id > thread_latest.commitment_id)))) THEN excluded.object ELSE thread_latest.object END,
    rank = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_latest.known, '') AND (excluded.rank > thread_latest.rank OR (excluded.rank = thread_latest.rank AND excluded.commitment_id > thread_latest.commitment_id)))) THEN excluded.rank ELSE thread_latest.rank END,
    commitment_id = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_latest.known, '') AND (excluded.rank > thread_latest.rank OR (excluded.rank = thread_latest.rank AND excluded.commitment_id > thread_latest.commitment_id)))) THEN excluded.commitment_id ELSE thread_latest.commitment_id END,
    known = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_latest.known, '') AND (excluded.rank > thread_latest.rank OR (excluded.rank = thread_latest.rank AND excluded.commitment_id > thread_latest.commitment_id)))) THEN excluded.known ELSE thread_latest.known END;
END;--> statement-breakpoint
CREATE TRIGGER `thread_latest_ad` AFTER DELETE ON `commitments` WHEN old.thread IS NOT NULL AND old.review_state <> 'rejected' BEGIN
  UPDATE thread_latest SET steps = steps - 1 WHERE thread = old.thread AND old.review_state <> 'rejected';
  DELETE FROM thread_latest WHERE thread = old.thread
    AND (steps <= 0 OR NOT EXISTS (SELECT 1 FROM commitments c WHERE c.thread = old.thread AND c.review_state <> 'rejected'));
  UPDATE thread_latest SET (object, known, rank, commitment_id) = (SELECT c.object, coalesce(c.published, c.sort_date), (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end), c.id FROM commitments c
      WHERE c.thread = old.thread AND c.review_state <> 'rejected' ORDER BY coalesce(c.published, c.sort_date) DESC, (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end) DESC, c.id DESC LIMIT 1)
    WHERE thread = old.thread AND commitment_id = old.id AND old.review_state <> 'rejected';
  UPDATE thread_latest SET first = (SELECT min(coalesce(c.published, c.sort_date)) FROM commitments c WHERE c.thread = old.thread AND c.review_state <> 'rejected' AND coalesce(c.published, c.sort_date) IS NOT NULL)
    WHERE thread = old.thread AND first IS coalesce(old.published, old.sort_date) AND old.review_state <> 'rejected';
END;--> statement-breakpoint
CREATE TRIGGER `thread_latest_au` AFTER UPDATE OF thread, review_state, published, sort_date, strength, type, object ON `commitments` BEGIN
  UPDATE thread_latest SET steps = steps - 1 WHERE thread = old.thread AND old.review_state <> 'rejected';
  DELETE FROM thread_latest WHERE thread = old.thread
    AND (steps <= 0 OR NOT EXISTS (SELECT 1 FROM commitments c WHERE c.thread = old.thread AND c.review_state <> 'rejected'));
  UPDATE thread_latest SET (object, known, rank, commitment_id) = (SELECT c.object, coalesce(c.published, c.sort_date), (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end), c.id FROM commitments c
      WHERE c.thread = old.thread AND c.review_state <> 'rejected' ORDER BY coalesce(c.published, c.sort_date) DESC, (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end) DESC, c.id DESC LIMIT 1)
    WHERE thread = old.thread AND commitment_id = old.id AND old.review_state <> 'rejected';
  UPDATE thread_latest SET first = (SELECT min(coalesce(c.published, c.sort_date)) FROM commitments c WHERE c.thread = old.thread AND c.review_state <> 'rejected' AND coalesce(c.published, c.sort_date) IS NOT NULL)
    WHERE thread = old.thread AND first IS coalesce(old.published, old.sort_date) AND old.review_state <> 'rejected';
  INSERT INTO thread_latest (thread, object, known, rank, commitment_id, steps, first)
    SELECT new.thread, new.object, coalesce(new.published, new.sort_date), (case when new.type = 'revise' then 5 else coalesce(case new.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end), new.id, 1, coalesce(new.published, new.sort_date) WHERE new.thread IS NOT NULL AND new.review_state <> 'rejected'
  ON CONFLICT (thread) DO UPDATE SET steps = steps + 1,
    first = CASE WHEN excluded.first IS NOT NULL AND (thread_latest.first IS NULL OR excluded.first < thread_latest.first) THEN excluded.first ELSE thread_latest.first END,
    object = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_latest.known, '') AND (excluded.rank > thread_latest.rank OR (excluded.rank = thread_latest.rank AND excluded.commitment_id > thread_latest.commitment_id)))) THEN excluded.object ELSE thread_latest.object END,
    rank = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_latest.known, '') AND (excluded.rank > thread_latest.rank OR (excluded.rank = thread_latest.rank AND excluded.commitment_id > thread_latest.commitment_id)))) THEN excluded.rank ELSE thread_latest.rank END,
    commitment_id = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_latest.known, '') AND (excluded.rank > thread_latest.rank OR (excluded.rank = thread_latest.rank AND excluded.commitment_id > thread_latest.commitment_id)))) THEN excluded.commitment_id ELSE thread_latest.commitment_id END,
    known = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_latest.known, '') AND (excluded.rank > thread_latest.rank OR (excluded.rank = thread_latest.rank AND excluded.commitment_id > thread_latest.commitment_id)))) THEN excluded.known ELSE thread_latest.known END;
END;--> statement-breakpoint
INSERT INTO `thread_latest` (thread, object, known, rank, commitment_id, steps, first)
  SELECT thread, object, known, rank, id, steps, first FROM (
    SELECT c.thread AS thread, c.object AS object, coalesce(c.published, c.sort_date) AS known, (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end) AS rank, c.id AS id,
      count(*) OVER w AS steps, min(coalesce(c.published, c.sort_date)) OVER w AS first,
      row_number() OVER (PARTITION BY c.thread ORDER BY coalesce(c.published, c.sort_date) DESC, (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end) DESC, c.id DESC) AS rn
    FROM commitments c WHERE c.thread IS NOT NULL AND c.review_state <> 'rejected' WINDOW w AS (PARTITION BY c.thread))
  WHERE rn = 1;
