-- Of each thread its latest step, number of steps and first date among one party's steps (issue 13,
-- src/threads.ts): `/threads?party=` as `/threads` reads thread_latest (migration 0016), a page from an index in its
-- order, where it grouped every commitment of the party (a party's 200,000 steps at 1M documents: 2.5 s). The same
-- triggers as thread_latest's, keyed by thread and party, for steps that have a party; a step's party changed by
-- a reviewer moves it from one party's row to the other's. A step read again (when the latest or the first one is
-- rejected or deleted) is found in commitments_thread_known_idx among the thread's steps, those of other parties
-- skipped. The rows of an archive that has threads already are filled at the end.
CREATE TABLE `thread_party_latest` (
	`thread` text NOT NULL,
	`party` text NOT NULL,
	`object` text,
	`known` text,
	`rank` integer NOT NULL,
	`commitment_id` integer NOT NULL,
	`steps` integer NOT NULL,
	`first` text,
	PRIMARY KEY(`thread`, `party`)
);--> statement-breakpoint
CREATE INDEX `thread_party_latest_order_idx` ON `thread_party_latest` (`party`,"known" desc,"rank" desc,"commitment_id" desc);--> statement-breakpoint
CREATE INDEX `thread_party_latest_object_idx` ON `thread_party_latest` (`party`,`object`,"known" desc,"rank" desc,"commitment_id" desc);--> statement-breakpoint
CREATE TRIGGER `thread_party_latest_ai` AFTER INSERT ON `commitments` WHEN new.thread IS NOT NULL AND new.party IS NOT NULL AND new.review_state <> 'rejected' BEGIN
  INSERT INTO thread_party_latest (thread, party, object, known, rank, commitment_id, steps, first)
    SELECT new.thread, new.party, new.object, coalesce(new.published, new.sort_date), (case when new.type = 'revise' then 5 else coalesce(case new.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end), new.id, 1, coalesce(new.published, new.sort_date) WHERE new.thread IS NOT NULL AND new.party IS NOT NULL AND new.review_state <> 'rejected'
  ON CONFLICT (thread, party) DO UPDATE SET steps = steps + 1,
    first = CASE WHEN excluded.first IS NOT NULL AND (thread_party_latest.first IS NULL OR excluded.first < thread_party_latest.first) THEN excluded.first ELSE thread_party_latest.first END,
    object = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_party_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_party_latest.known, '') AND (excluded.rank > thread_party_latest.rank OR (excluded.rank = thread_party_latest.rank AND excluded.commitment_id > thread_party_latest.commitment_id)))) THEN excluded.object ELSE thread_party_latest.object END,
    rank = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_party_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_party_latest.known, '') AND (excluded.rank > thread_party_latest.rank OR (excluded.rank = thread_party_latest.rank AND excluded.commitment_id > thread_party_latest.commitment_id)))) THEN excluded.rank ELSE thread_party_latest.rank END,
    commitment_id = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_party_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_party_latest.known, '') AND (excluded.rank > thread_party_latest.rank OR (excluded.rank = thread_party_latest.rank AND excluded.commitment_id > thread_party_latest.commitment_id)))) THEN excluded.commitment_id ELSE thread_party_latest.commitment_id END,
    known = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_party_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_party_latest.known, '') AND (excluded.rank > thread_party_latest.rank OR (excluded.rank = thread_party_latest.rank AND excluded.commitment_id > thread_party_latest.commitment_id)))) THEN excluded.known ELSE thread_party_latest.known END;
END;--> statement-breakpoint
CREATE TRIGGER `thread_party_latest_ad` AFTER DELETE ON `commitments` WHEN old.thread IS NOT NULL AND old.party IS NOT NULL AND old.review_state <> 'rejected' BEGIN
  UPDATE thread_party_latest SET steps = steps - 1 WHERE thread = old.thread AND party = old.party AND old.review_state <> 'rejected';
  DELETE FROM thread_party_latest WHERE thread = old.thread AND party = old.party
    AND (steps <= 0 OR NOT EXISTS (SELECT 1 FROM commitments c WHERE c.thread = old.thread AND c.party = old.party AND c.review_state <> 'rejected'));
  UPDATE thread_party_latest SET (object, known, rank, commitment_id) = (SELECT c.object, coalesce(c.published, c.sort_date), (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end), c.id FROM commitments c
      WHERE c.thread = old.thread AND c.party = old.party AND c.review_state <> 'rejected' ORDER BY coalesce(c.published, c.sort_date) DESC, (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end) DESC, c.id DESC LIMIT 1)
    WHERE thread = old.thread AND party = old.party AND commitment_id = old.id AND old.review_state <> 'rejected';
  UPDATE thread_party_latest SET first = (SELECT min(coalesce(c.published, c.sort_date)) FROM commitments c WHERE c.thread = old.thread AND c.party = old.party AND c.review_state <> 'rejected' AND coalesce(c.published, c.sort_date) IS NOT NULL)
    WHERE thread = old.thread AND party = old.party AND first IS coalesce(old.published, old.sort_date) AND old.review_state <> 'rejected';
END;--> statement-breakpoint
CREATE TRIGGER `thread_party_latest_au` AFTER UPDATE OF thread, party, review_state, published, sort_date, strength, type, object ON `commitments` BEGIN
  UPDATE thread_party_latest SET steps = steps - 1 WHERE thread = old.thread AND party = old.party AND old.review_state <> 'rejected';
  DELETE FROM thread_party_latest WHERE thread = old.thread AND party = old.party
    AND (steps <= 0 OR NOT EXISTS (SELECT 1 FROM commitments c WHERE c.thread = old.thread AND c.party = old.party AND c.review_state <> 'rejected'));
  UPDATE thread_party_latest SET (object, known, rank, commitment_id) = (SELECT c.object, coalesce(c.published, c.sort_date), (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end), c.id FROM commitments c
      WHERE c.thread = old.thread AND c.party = old.party AND c.review_state <> 'rejected' ORDER BY coalesce(c.published, c.sort_date) DESC, (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end) DESC, c.id DESC LIMIT 1)
    WHERE thread = old.thread AND party = old.party AND commitment_id = old.id AND old.review_state <> 'rejected';
  UPDATE thread_party_latest SET first = (SELECT min(coalesce(c.published, c.sort_date)) FROM commitments c WHERE c.thread = old.thread AND c.party = old.party AND c.review_state <> 'rejected' AND coalesce(c.published, c.sort_date) IS NOT NULL)
    WHERE thread = old.thread AND party = old.party AND first IS coalesce(old.published, old.sort_date) AND old.review_state <> 'rejected';
  INSERT INTO thread_party_latest (thread, party, object, known, rank, commitment_id, steps, first)
    SELECT new.thread, new.party, new.object, coalesce(new.published, new.sort_date), (case when new.type = 'revise' then 5 else coalesce(case new.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end), new.id, 1, coalesce(new.published, new.sort_date) WHERE new.thread IS NOT NULL AND new.party IS NOT NULL AND new.review_state <> 'rejected'
  ON CONFLICT (thread, party) DO UPDATE SET steps = steps + 1,
    first = CASE WHEN excluded.first IS NOT NULL AND (thread_party_latest.first IS NULL OR excluded.first < thread_party_latest.first) THEN excluded.first ELSE thread_party_latest.first END,
    object = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_party_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_party_latest.known, '') AND (excluded.rank > thread_party_latest.rank OR (excluded.rank = thread_party_latest.rank AND excluded.commitment_id > thread_party_latest.commitment_id)))) THEN excluded.object ELSE thread_party_latest.object END,
    rank = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_party_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_party_latest.known, '') AND (excluded.rank > thread_party_latest.rank OR (excluded.rank = thread_party_latest.rank AND excluded.commitment_id > thread_party_latest.commitment_id)))) THEN excluded.rank ELSE thread_party_latest.rank END,
    commitment_id = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_party_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_party_latest.known, '') AND (excluded.rank > thread_party_latest.rank OR (excluded.rank = thread_party_latest.rank AND excluded.commitment_id > thread_party_latest.commitment_id)))) THEN excluded.commitment_id ELSE thread_party_latest.commitment_id END,
    known = CASE WHEN (coalesce(excluded.known, '') > coalesce(thread_party_latest.known, '') OR (coalesce(excluded.known, '') = coalesce(thread_party_latest.known, '') AND (excluded.rank > thread_party_latest.rank OR (excluded.rank = thread_party_latest.rank AND excluded.commitment_id > thread_party_latest.commitment_id)))) THEN excluded.known ELSE thread_party_latest.known END;
END;--> statement-breakpoint
INSERT INTO `thread_party_latest` (thread, party, object, known, rank, commitment_id, steps, first)
  SELECT thread, party, object, known, rank, id, steps, first FROM (
    SELECT c.thread AS thread, c.party AS party, c.object AS object, coalesce(c.published, c.sort_date) AS known, (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end) AS rank, c.id AS id,
      count(*) OVER w AS steps, min(coalesce(c.published, c.sort_date)) OVER w AS first,
      row_number() OVER (PARTITION BY c.thread, c.party ORDER BY coalesce(c.published, c.sort_date) DESC, (case when c.type = 'revise' then 5 else coalesce(case c.strength when 'proposed' then 0 when 'stated' then 1 when 'answered' then 2 when 'decided' then 3 when 'signed' then 4 end, 1) end) DESC, c.id DESC) AS rn
    FROM commitments c WHERE c.thread IS NOT NULL AND c.party IS NOT NULL AND c.review_state <> 'rejected' WINDOW w AS (PARTITION BY c.thread, c.party))
  WHERE rn = 1;
