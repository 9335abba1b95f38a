-- Issue 12: hashtag contests. The V1 table learns the whole contest a liaison writes, its lifecycle
-- (draft -> scheduled -> live -> ended -> final, each step claimed once by whichever node's job gets
-- there first: UPDATE ... WHERE status = ...), the draw's secret seed and its published commitment.
ALTER TABLE contest
  ADD COLUMN description        text,
  ADD COLUMN rules              text,
  ADD COLUMN status             text NOT NULL DEFAULT 'draft'
                                CHECK (status IN ('draft', 'scheduled', 'live', 'ended', 'final')),
  -- The tag as compared (NFC, case-folded: shared Hashtags.normalize), for the overlap check.
  ADD COLUMN hashtag_key        text,
  -- The window as the liaison wrote it, wall-clock in the company's time zone (starts_at/ends_at are
  -- the instants it meant when it was written).
  ADD COLUMN starts_local       text,
  ADD COLUMN ends_local         text,
  ADD COLUMN office_ids         bigint[] NOT NULL DEFAULT '{}',
  ADD COLUMN team_ids           bigint[] NOT NULL DEFAULT '{}',
  ADD COLUMN counts_shares      boolean NOT NULL DEFAULT true,
  ADD COLUMN counts_own_posts   boolean NOT NULL DEFAULT true,
  ADD COLUMN points_per_entry   integer NOT NULL DEFAULT 10 CHECK (points_per_entry >= 0),
  ADD COLUMN points_per_click   integer NOT NULL DEFAULT 1 CHECK (points_per_click >= 0),
  ADD COLUMN max_entries_per_day integer NOT NULL DEFAULT 0 CHECK (max_entries_per_day >= 0),
  ADD COLUMN prize_top_n        integer NOT NULL DEFAULT 0 CHECK (prize_top_n >= 0),
  ADD COLUMN draw_winners       integer NOT NULL DEFAULT 0 CHECK (draw_winners >= 0),
  ADD COLUMN draw_min_entries   integer NOT NULL DEFAULT 1 CHECK (draw_min_entries >= 1),
  ADD COLUMN grace_hours        integer NOT NULL DEFAULT 24 CHECK (grace_hours >= 0),
  -- 32 random bytes, made when the contest is first scheduled or launched; secret until final.
  ADD COLUMN seed               bytea CHECK (seed IS NULL OR length(seed) = 32),
  -- sha256(seed) in hex, published from then on, so the seed cannot change after entries are in.
  ADD COLUMN commitment         text,
  ADD COLUMN launched_at        timestamptz,
  ADD COLUMN ended_at           timestamptz,
  ADD COLUMN finalized_at       timestamptz,
  -- When final: how many entrants the frozen list had, and whether the draw took them all.
  ADD COLUMN entrant_count      integer,
  ADD COLUMN drew_all           boolean,
  ADD COLUMN updated_at         timestamptz NOT NULL DEFAULT now();

-- Contests made before this migration: their tag as compared, their window as written, a state that
-- follows their times (one that ended over a day ago is final at once, with no draw), and a seed:
-- gen_random_uuid draws from the server's strong random source, and two of them give 244 random bits.
UPDATE contest c SET
  hashtag_key = lower(c.hashtag),
  starts_local = to_char(c.starts_at AT TIME ZONE co.time_zone, 'YYYY-MM-DD"T"HH24:MI'),
  ends_local = to_char(c.ends_at AT TIME ZONE co.time_zone, 'YYYY-MM-DD"T"HH24:MI'),
  status = CASE WHEN c.ends_at <= now() - interval '24 hours' THEN 'final'
                WHEN c.ends_at <= now() THEN 'ended'
                WHEN c.starts_at <= now() THEN 'live'
                ELSE 'scheduled' END
  FROM company co WHERE co.id = c.company_id;
UPDATE contest SET seed = decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex');
UPDATE contest SET commitment = encode(sha256(seed), 'hex'), launched_at = starts_at WHERE seed IS NOT NULL;
UPDATE contest SET finalized_at = now(), entrant_count = 0, drew_all = false WHERE status = 'final';
ALTER TABLE contest ALTER COLUMN hashtag_key SET NOT NULL;
ALTER TABLE contest ALTER COLUMN starts_local SET NOT NULL;
ALTER TABLE contest ALTER COLUMN ends_local SET NOT NULL;
ALTER TABLE contest ADD CONSTRAINT contest_seed_once CHECK (status IN ('draft') OR seed IS NOT NULL);

CREATE INDEX contest_company ON contest (company_id, id DESC);
-- What the lifecycle job and every entry look for.
CREATE INDEX contest_running ON contest (company_id, status) WHERE status IN ('scheduled', 'live', 'ended');

-- An employee's own post that carries a contest hashtag: reported once (its URL is unique here and
-- may not be a share's), with the text it was judged on.
CREATE TABLE own_post (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id   bigint NOT NULL REFERENCES company (id),
  employee_id  bigint NOT NULL REFERENCES employee (id),
  network      text NOT NULL CHECK (network IN ('linkedin', 'x')),
  post_url     text,
  text         text NOT NULL,
  posted_at    timestamptz NOT NULL,
  reported_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX own_post_url_key ON own_post (post_url) WHERE post_url IS NOT NULL;

-- One entry in one contest: a share of a library item, or an own post. Each counts once per contest.
CREATE TABLE contest_entry (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contest_id   bigint NOT NULL REFERENCES contest (id),
  company_id   bigint NOT NULL REFERENCES company (id),
  employee_id  bigint NOT NULL REFERENCES employee (id),
  share_id     bigint REFERENCES share (id),
  own_post_id  bigint REFERENCES own_post (id),
  network      text NOT NULL CHECK (network IN ('linkedin', 'x')),
  posted_at    timestamptz NOT NULL,
  -- The day of posting in the company's time zone: the per-day cap counts by it.
  posted_day   date NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  -- Set when the share behind it is voided: it no longer counts (its points are reversed in the ledger).
  voided_at    timestamptz,
  CHECK ((share_id IS NULL) <> (own_post_id IS NULL)),
  UNIQUE (contest_id, share_id),
  UNIQUE (contest_id, own_post_id)
);
CREATE INDEX contest_entry_contest ON contest_entry (contest_id, id DESC);
CREATE INDEX contest_entry_person ON contest_entry (contest_id, employee_id, posted_day);
CREATE INDEX contest_entry_share ON contest_entry (share_id) WHERE share_id IS NOT NULL;

-- Entries per person, contest and day of posting (company time zone): the per-day cap is one
-- conditional upsert on this row, so parallel reports queue on it and never pass the cap.
CREATE TABLE contest_day (
  contest_id   bigint NOT NULL REFERENCES contest (id),
  employee_id  bigint NOT NULL REFERENCES employee (id),
  day          date NOT NULL,
  entries      integer NOT NULL,
  PRIMARY KEY (contest_id, employee_id, day)
);

-- A unique click on a contest entry's tracked link, counted once per contest.
CREATE TABLE contest_click (
  contest_id  bigint NOT NULL REFERENCES contest (id),
  click_id    bigint NOT NULL REFERENCES link_click (id),
  entry_id    bigint NOT NULL REFERENCES contest_entry (id),
  PRIMARY KEY (contest_id, click_id)
);

-- Every lifecycle step taken, by which node and when: an operator's record of the steps (each is
-- claimed by one UPDATE ... WHERE status = ..., so each contest has one row per step it took).
CREATE TABLE contest_step (
  contest_id  bigint NOT NULL REFERENCES contest (id),
  status      text NOT NULL,
  node        text NOT NULL,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contest_step_contest ON contest_step (contest_id);

-- The winners once final: by rank on the board (top) and by the draw; written in the finalising
-- transaction, once (the key), with the contest-winner badge.
CREATE TABLE contest_winner (
  contest_id   bigint NOT NULL REFERENCES contest (id),
  employee_id  bigint NOT NULL REFERENCES employee (id),
  reason       text NOT NULL CHECK (reason IN ('top', 'draw')),
  rank         integer NOT NULL DEFAULT 0,
  PRIMARY KEY (contest_id, employee_id, reason)
);

-- The frozen entrant list, exactly as the CSV publishes it (the display name as it was at the freeze).
CREATE TABLE contest_entrant (
  contest_id    bigint NOT NULL REFERENCES contest (id),
  employee_id   bigint NOT NULL REFERENCES employee (id),
  display_name  text NOT NULL,
  entries       integer NOT NULL,
  PRIMARY KEY (contest_id, employee_id)
);

-- Contest points live in the ledger, marked with their contest: company, office and team boards,
-- streaks, caps and the weekly top 3 leave them out.
ALTER TABLE ledger_entry ADD COLUMN contest_id bigint REFERENCES contest (id);
ALTER TABLE ledger_entry ADD COLUMN contest_entry_id bigint REFERENCES contest_entry (id);
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_check;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_check
  CHECK (kind IN ('share', 'fresh_bonus', 'own_words_bonus', 'click', 'kudos', 'reversal',
                  'contest_entry', 'contest_click'));
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_contest_shape
  CHECK ((kind NOT IN ('contest_entry', 'contest_click') OR (contest_id IS NOT NULL AND contest_entry_id IS NOT NULL))
         AND (contest_id IS NULL OR kind IN ('contest_entry', 'contest_click', 'reversal')));
CREATE UNIQUE INDEX ledger_contest_entry_once ON ledger_entry (contest_entry_id) WHERE kind = 'contest_entry';
CREATE INDEX ledger_contest ON ledger_entry (contest_id, employee_id) WHERE contest_id IS NOT NULL;
-- The boards' "ledger head" ignores contest entries: an index for max(seq) over the rest.
CREATE INDEX ledger_company_points_seq ON ledger_entry (seq) WHERE contest_id IS NULL;
