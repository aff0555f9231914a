-- The comparison table and a municipality's programmes in bounded work (issue 13, src/compare.ts). Of each
-- programme a municipality joined, the first statements in the order they are listed, their number, and the
-- earliest date they show are read per municipality from two indexes instead of reading every statement:
-- * statements of joining a programme, in the order their evidence is listed, now with their strength and document,
--   so that they are counted from the index alone (a statement counts when it was decided or signed, or has no
--   strength and is not in a motion), and their type and review state (SQLite does not count the columns of a
--   partial index's condition as in the index);
-- * the same statements by the date each shows (sinceDate in src/db/schema.ts: its own full date, 2021-03-12, else
--   the date the archive knew of it), for the earliest date a programme is shown.
DROP INDEX `commitments_programme_idx`;--> statement-breakpoint
CREATE INDEX `commitments_programme_idx` ON `commitments` (`municipality_code`, `object`, coalesce(`published`, `sort_date`), `id`, `strength`, `document_id`, `type`, `review_state`) WHERE `type` in ('join', 'sign') and `review_state` <> 'rejected';--> statement-breakpoint
CREATE INDEX `commitments_programme_since_idx` ON `commitments` (`municipality_code`, `object`, coalesce(case when `when` glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' then `when` end, coalesce(`published`, `sort_date`)), `id`) WHERE `type` in ('join', 'sign') and `review_state` <> 'rejected';
