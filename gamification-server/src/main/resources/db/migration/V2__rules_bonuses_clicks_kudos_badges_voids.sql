-- Issue 3: the gamification engine. Company rules, tracked links and their clicks, kudos, badges,
-- daily caps, and reversals. The ledger stays append-only: a void is a new entry, never an edit.

-- A company's points rules (see ScoringRules in shared). A change applies from then on; the ledger
-- keeps the points each entry was worth when it was written, so nothing is ever rescored.
CREATE TABLE scoring_rules (
  company_id       bigint PRIMARY KEY REFERENCES company (id),
  linkedin_share   integer NOT NULL CHECK (linkedin_share BETWEEN 0 AND 10000),
  x_share          integer NOT NULL CHECK (x_share BETWEEN 0 AND 10000),
  fresh_bonus      integer NOT NULL CHECK (fresh_bonus BETWEEN 0 AND 10000),
  own_words_bonus  integer NOT NULL CHECK (own_words_bonus BETWEEN 0 AND 10000),
  click_points     integer NOT NULL CHECK (click_points BETWEEN 0 AND 10000),
  kudos_points     integer NOT NULL CHECK (kudos_points BETWEEN 0 AND 10000),
  kudos_per_week   integer NOT NULL CHECK (kudos_per_week BETWEEN 0 AND 10000),
  daily_cap        integer NOT NULL CHECK (daily_cap BETWEEN 1 AND 10000),
  updated_by       bigint REFERENCES employee (id),
  updated_at       timestamptz NOT NULL DEFAULT now()
);

-- When the employee posted (as the extension saw it; the report may arrive later). Streaks and the
-- 24-hour bonus follow it; leaderboards follow the ledger (when the points were written).
ALTER TABLE share ADD COLUMN posted_at timestamptz;
UPDATE share SET posted_at = shared_at;
ALTER TABLE share ALTER COLUMN posted_at SET NOT NULL;
ALTER TABLE share ADD COLUMN voided_at timestamptz;
ALTER TABLE share ADD COLUMN voided_by bigint REFERENCES employee (id);
ALTER TABLE share ADD COLUMN void_reason text;
CREATE INDEX share_employee_posted ON share (employee_id, posted_at DESC) WHERE voided_at IS NULL;
CREATE INDEX share_content_first ON share (content_id, shared_at);

-- One tracked link per (employee, item, network): it exists before the post (the composer is prefilled
-- with it) and belongs to the share reported for the same three, which the natural key makes unique.
CREATE TABLE tracked_link (
  code         text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9]{6,32}$'),
  company_id   bigint NOT NULL REFERENCES company (id),
  employee_id  bigint NOT NULL REFERENCES employee (id),
  content_id   bigint NOT NULL REFERENCES content (id),
  network      text NOT NULL CHECK (network IN ('linkedin', 'x')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (employee_id, content_id, network)
);

-- Each visitor of a link counts once (visitor is an opaque hash of the visitor cookie or address).
CREATE TABLE link_click (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        text NOT NULL REFERENCES tracked_link (code),
  visitor     text NOT NULL,
  clicked_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (code, visitor)
);

-- A company's values, which every kudos names one of.
CREATE TABLE company_value (
  company_id  bigint NOT NULL REFERENCES company (id),
  name        text NOT NULL,
  position    integer NOT NULL DEFAULT 0,
  PRIMARY KEY (company_id, name)
);

CREATE TABLE kudos (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id   bigint NOT NULL REFERENCES company (id),
  giver_id     bigint NOT NULL REFERENCES employee (id),
  receiver_id  bigint NOT NULL REFERENCES employee (id),
  value        text NOT NULL,
  message      text NOT NULL CHECK (length(message) BETWEEN 1 AND 280),
  client_key   text NOT NULL,
  given_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (giver_id <> receiver_id),
  FOREIGN KEY (company_id, value) REFERENCES company_value (company_id, name),
  UNIQUE (giver_id, client_key)
);
CREATE INDEX kudos_company_time ON kudos (company_id, given_at DESC);
CREATE INDEX kudos_receiver ON kudos (receiver_id);

-- The weekly kudos budget, decided in SQL: a giver's row for the week is locked and counted up only
-- while it is under the budget.
CREATE TABLE kudos_week (
  giver_id    bigint NOT NULL REFERENCES employee (id),
  week_start  date NOT NULL,
  given       integer NOT NULL DEFAULT 0 CHECK (given >= 0),
  PRIMARY KEY (giver_id, week_start)
);

-- The daily cap, decided in SQL: points earned by sharing (shares, bonuses, clicks) on one day of the
-- company's time zone. One upsert locks the row, counts up and says what it granted (last_grant), so
-- parallel reports queue on the row and together never pass the cap.
CREATE TABLE points_day (
  employee_id  bigint NOT NULL REFERENCES employee (id),
  day          date NOT NULL,
  earned       integer NOT NULL DEFAULT 0 CHECK (earned >= 0),
  last_grant   integer NOT NULL DEFAULT 0,
  PRIMARY KEY (employee_id, day)
);

-- Badges: at most one of each per person, ever.
CREATE TABLE badge_award (
  employee_id  bigint NOT NULL REFERENCES employee (id),
  badge        text NOT NULL,
  company_id   bigint NOT NULL REFERENCES company (id),
  awarded_at   timestamptz NOT NULL DEFAULT now(),
  awarded_by   bigint REFERENCES employee (id),
  note         text,
  PRIMARY KEY (employee_id, badge)
);
CREATE INDEX badge_award_company_time ON badge_award (company_id, awarded_at DESC);

-- The ledger learns new kinds of entry. A reversal names the entry it cancels (once: unique) and why.
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check
  CHECK (kind IN ('share', 'fresh_bonus', 'own_words_bonus', 'click', 'kudos', 'reversal'));
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_share_id_kind_key;
CREATE UNIQUE INDEX ledger_share_award_once ON ledger_entry (share_id, kind)
  WHERE kind IN ('share', 'fresh_bonus', 'own_words_bonus');
ALTER TABLE ledger_entry ADD COLUMN click_id bigint UNIQUE REFERENCES link_click (id);
ALTER TABLE ledger_entry ADD COLUMN kudos_id bigint UNIQUE REFERENCES kudos (id);
ALTER TABLE ledger_entry ADD COLUMN reverses bigint UNIQUE REFERENCES ledger_entry (seq);
ALTER TABLE ledger_entry ADD COLUMN reason text;
ALTER TABLE ledger_entry ADD COLUMN created_by bigint REFERENCES employee (id);
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_reversal_shape
  CHECK ((kind = 'reversal') = (reverses IS NOT NULL) AND (kind <> 'reversal' OR reason IS NOT NULL));
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_click_shape CHECK ((kind = 'click') = (click_id IS NOT NULL));
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_kudos_shape CHECK ((kind = 'kudos') = (kudos_id IS NOT NULL));
CREATE INDEX ledger_share ON ledger_entry (share_id) WHERE share_id IS NOT NULL;
