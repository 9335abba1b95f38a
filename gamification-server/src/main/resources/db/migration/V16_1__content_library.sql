-- Issue 16, the content library: liaisons write, approve, schedule and archive items; an approved
-- item's words are versioned, and each share keeps the version it was made from; items may target
-- offices and teams and have a language; employees may dismiss or snooze a suggestion.

-- 'retired' becomes 'archived', the word the console uses.
ALTER TABLE content DROP CONSTRAINT content_status_check;
UPDATE content SET status = 'archived' WHERE status = 'retired';
ALTER TABLE content ADD CONSTRAINT content_status_check CHECK (status IN ('draft', 'approved', 'archived'));

ALTER TABLE content
  ADD COLUMN image_url    text CHECK (image_url IS NULL OR image_url LIKE 'https://%'),
  -- What the numbers group items by ("Hiring", "Product"), as the liaison wrote them.
  ADD COLUMN topics       text[] NOT NULL DEFAULT '{}',
  -- An ISO 639-1 code; suggestions prefer items in the employee's language. NULL: any language.
  ADD COLUMN language     text CHECK (language IS NULL OR language ~ '^[a-z]{2,3}$'),
  -- Bumped by every change to an approved item's words, title, link or hashtags.
  ADD COLUMN version      integer NOT NULL DEFAULT 1 CHECK (version > 0),
  ADD COLUMN updated_at   timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN archived_at  timestamptz,
  ADD COLUMN archived_by  bigint REFERENCES employee (id);
-- The console's list, newest first, by status.
CREATE INDEX content_company_status ON content (company_id, status, id DESC);

-- The employee's language. V12_1 (people) makes the same column the same way: whichever runs first.
ALTER TABLE employee ADD COLUMN IF NOT EXISTS language text;

-- Whom an item is for: with no office rows, every office; with some, only people in one of them (and
-- the same for teams, so "Riga" + "Sales" is Riga's salespeople).
CREATE TABLE content_office (
  content_id  bigint NOT NULL REFERENCES content (id) ON DELETE CASCADE,
  office_id   bigint NOT NULL REFERENCES office (id) ON DELETE CASCADE,
  PRIMARY KEY (content_id, office_id)
);
CREATE TABLE content_team (
  content_id  bigint NOT NULL REFERENCES content (id) ON DELETE CASCADE,
  team_id     bigint NOT NULL REFERENCES team (id) ON DELETE CASCADE,
  PRIMARY KEY (content_id, team_id)
);

-- What each version of an approved item said. Written before a change replaces the words (so an item
-- made outside the library keeps its first words too) and after, for the new version.
CREATE TABLE content_version (
  content_id     bigint NOT NULL REFERENCES content (id) ON DELETE CASCADE,
  version        integer NOT NULL,
  title          text NOT NULL,
  summary        text,
  url            text NOT NULL,
  hashtags       text[] NOT NULL,
  linkedin_text  text,
  x_text         text,
  created_by     bigint REFERENCES employee (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (content_id, version)
);

-- The version a share was made from, stamped by the database as the share is written, whichever
-- path writes it (shares, contest entries): no writer can forget it, and an edit committed later
-- never changes it.
ALTER TABLE share ADD COLUMN content_version integer;
CREATE FUNCTION share_stamps_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.content_version IS NULL THEN
    SELECT c.version INTO NEW.content_version FROM content c WHERE c.id = NEW.content_id;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER share_content_version BEFORE INSERT ON share
  FOR EACH ROW EXECUTE FUNCTION share_stamps_content_version();
UPDATE share s SET content_version = 1 WHERE content_version IS NULL;

-- An employee's "not this one" (until NULL: for good) or "later" (until a time). Suggestions leave the
-- item out until then, on every network.
CREATE TABLE suggestion_dismissal (
  employee_id  bigint NOT NULL REFERENCES employee (id),
  content_id   bigint NOT NULL REFERENCES content (id) ON DELETE CASCADE,
  until        timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (employee_id, content_id)
);
