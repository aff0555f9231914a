-- The counts of mention rows (facet_tallies: municipality, party, person_mentions, person_documents,
-- municipality_wave) are added by the writes that insert the rows (src/db/mention-tallies.ts), once per value
-- of a document's new rows, instead of by a trigger per row; update and delete triggers stay as they are.
DROP TRIGGER `facet_mentions_ai`;--> statement-breakpoint
DROP TRIGGER `facet_people_ai`;--> statement-breakpoint
DROP TRIGGER `facet_waves_ai`;
