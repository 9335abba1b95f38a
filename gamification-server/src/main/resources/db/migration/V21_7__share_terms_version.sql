-- A number per company that changes with anything its shares are scored by: its scoring rules and its
-- contests. Nodes keep the rules and the contests' hashtags in memory and read this number with each
-- share's first statements (ShareStore.CONTEXT), so a change made on any node, or straight in the
-- database, is seen by the very next share on every node. Bumped by the triggers below in the changing
-- transaction itself: whoever sees the change sees the new number, and nobody sees one without the other.
CREATE TABLE share_terms (
  company_id  bigint PRIMARY KEY REFERENCES company (id),
  version     bigint NOT NULL
);

-- Statement-level, over the changed rows: one bump per company and statement, and the companies' rows
-- taken in company order, so two statements that change several companies' contests at once (the
-- contest clocks of two nodes) never wait on each other in a circle. Nothing else locks these rows.
CREATE FUNCTION share_terms_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO share_terms AS t (company_id, version)
  SELECT DISTINCT company_id, 1 FROM changed ORDER BY company_id
  ON CONFLICT (company_id) DO UPDATE SET version = t.version + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER scoring_rules_inserted AFTER INSERT ON scoring_rules REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION share_terms_changed();
CREATE TRIGGER scoring_rules_updated AFTER UPDATE ON scoring_rules REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION share_terms_changed();
CREATE TRIGGER scoring_rules_deleted AFTER DELETE ON scoring_rules REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION share_terms_changed();
CREATE TRIGGER contest_inserted AFTER INSERT ON contest REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION share_terms_changed();
CREATE TRIGGER contest_updated AFTER UPDATE ON contest REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION share_terms_changed();
CREATE TRIGGER contest_deleted AFTER DELETE ON contest REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION share_terms_changed();
