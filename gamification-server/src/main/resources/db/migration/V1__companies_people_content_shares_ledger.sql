-- The store of record for one Chorus installation: companies, their people and content, the shares
-- employees report, and the append-only points ledger every total is derived from.

CREATE TABLE company (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug        text NOT NULL UNIQUE,
  name        text NOT NULL,
  -- Weeks (leaderboards, streaks) are counted in the company's own time zone.
  time_zone   text NOT NULL DEFAULT 'UTC',
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE office (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id  bigint NOT NULL REFERENCES company (id),
  name        text NOT NULL,
  UNIQUE (company_id, name)
);

CREATE TABLE team (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id  bigint NOT NULL REFERENCES company (id),
  name        text NOT NULL,
  UNIQUE (company_id, name)
);

CREATE TABLE employee (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id          bigint NOT NULL REFERENCES company (id),
  office_id           bigint REFERENCES office (id),
  team_id             bigint REFERENCES team (id),
  email               text NOT NULL,
  display_name        text NOT NULL,
  role                text NOT NULL CHECK (role IN ('employee', 'liaison')),
  -- Argon2id in PHC string form; never the password.
  password_hash       text NOT NULL,
  -- Tokens issued before this instant are refused ("sign out everywhere").
  tokens_valid_after  timestamptz NOT NULL DEFAULT 'epoch',
  active              boolean NOT NULL DEFAULT true,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX employee_email_key ON employee (lower(email));
CREATE INDEX employee_company ON employee (company_id);

CREATE TABLE content (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id   bigint NOT NULL REFERENCES company (id),
  title        text NOT NULL,
  summary      text,
  url          text NOT NULL CHECK (url LIKE 'https://%'),
  status       text NOT NULL CHECK (status IN ('draft', 'approved', 'retired')),
  hashtags     text[] NOT NULL DEFAULT '{}',
  publish_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz,
  created_by   bigint REFERENCES employee (id),
  approved_by  bigint REFERENCES employee (id),
  approved_at  timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (expires_at IS NULL OR expires_at > publish_at)
);
CREATE INDEX content_live ON content (company_id, publish_at DESC) WHERE status = 'approved';

-- The suggested words per network; an item is offered on a network only when it has words for it.
CREATE TABLE content_variant (
  content_id  bigint NOT NULL REFERENCES content (id) ON DELETE CASCADE,
  network     text NOT NULL CHECK (network IN ('linkedin', 'x')),
  text        text NOT NULL,
  PRIMARY KEY (content_id, network)
);

CREATE TABLE contest (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id  bigint NOT NULL REFERENCES company (id),
  name        text NOT NULL,
  hashtag     text NOT NULL,
  starts_at   timestamptz NOT NULL,
  ends_at     timestamptz NOT NULL,
  prize       text,
  created_by  bigint REFERENCES employee (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);

-- Office screens: each display token names a row here, so a screen can be revoked on its own.
CREATE TABLE display_screen (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id    bigint NOT NULL REFERENCES company (id),
  name          text NOT NULL,
  created_by    bigint REFERENCES employee (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz,
  revoked_at    timestamptz
);

CREATE TABLE share (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id   bigint NOT NULL REFERENCES company (id),
  employee_id  bigint NOT NULL REFERENCES employee (id),
  content_id   bigint NOT NULL REFERENCES content (id),
  network      text NOT NULL CHECK (network IN ('linkedin', 'x')),
  post_url     text,
  posted_text  text,
  points       integer NOT NULL CHECK (points >= 0),
  shared_at    timestamptz NOT NULL DEFAULT now(),
  -- Natural keys: even a bug in idempotency-key handling cannot count one share twice.
  UNIQUE (employee_id, content_id, network)
);
CREATE UNIQUE INDEX share_post_url_key ON share (post_url) WHERE post_url IS NOT NULL;
CREATE INDEX share_company_time ON share (company_id, shared_at DESC);

-- Stripe-style idempotency: the first answer to (employee, key) is kept with a hash of the request,
-- written in the same transaction as the share itself.
CREATE TABLE idempotency_key (
  employee_id      bigint NOT NULL REFERENCES employee (id),
  key              text NOT NULL,
  request_hash     text NOT NULL,
  response_status  integer,
  response_body    jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (employee_id, key)
);

-- Every point ever awarded. Totals, ranks and streaks are sums over this table; the sequence is the
-- order in which nodes apply changes (and the live stream's event id).
CREATE TABLE ledger_entry (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id   bigint NOT NULL REFERENCES company (id),
  employee_id  bigint NOT NULL REFERENCES employee (id),
  kind         text NOT NULL CHECK (kind IN ('share')),
  points       integer NOT NULL,
  share_id     bigint REFERENCES share (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (share_id, kind)
);
CREATE INDEX ledger_company_time ON ledger_entry (company_id, created_at);
CREATE INDEX ledger_employee ON ledger_entry (employee_id);

-- Append-only, enforced by the database: corrections are new (reversal) entries, never edits.
CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entry is append-only: add a reversal entry instead of % ', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE OR DELETE ON ledger_entry
  FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();
