-- One order for everything a live stream shows: badge awards and kudos take their number from the
-- ledger's own sequence, so a ledger entry, a badge award and a kudos never share a number and every
-- node (and every reconnecting screen, by Last-Event-ID) can follow all three by "everything after n".
-- Rows from before get numbers now (after every entry so far): nothing already applied is renumbered.
ALTER TABLE badge_award ADD COLUMN seq bigint;
UPDATE badge_award SET seq = nextval('ledger_entry_seq_seq');
ALTER TABLE badge_award ALTER COLUMN seq SET DEFAULT nextval('ledger_entry_seq_seq');
ALTER TABLE badge_award ALTER COLUMN seq SET NOT NULL;
CREATE UNIQUE INDEX badge_award_seq ON badge_award (seq);
CREATE INDEX badge_award_company_seq ON badge_award (company_id, seq);

ALTER TABLE kudos ADD COLUMN seq bigint;
UPDATE kudos SET seq = nextval('ledger_entry_seq_seq');
ALTER TABLE kudos ALTER COLUMN seq SET DEFAULT nextval('ledger_entry_seq_seq');
ALTER TABLE kudos ALTER COLUMN seq SET NOT NULL;
CREATE UNIQUE INDEX kudos_seq ON kudos (seq);
CREATE INDEX kudos_company_seq ON kudos (company_id, seq);
