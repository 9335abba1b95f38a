-- Issue 16, reminders: the weekly digest of new approved items, by email to each active employee who
-- wants one and to the company's Slack-compatible incoming webhook. Sent once a week however many
-- nodes run: a node claims the company's week (its primary key), and in that same transaction writes
-- one delivery row per recipient (the outbox); any node then delivers the rows that are due.

-- A company's digest settings; a company without a row has the defaults (on, Monday 09:00 in its own
-- time zone, no webhook).
CREATE TABLE digest_settings (
  company_id   bigint PRIMARY KEY REFERENCES company (id),
  enabled      boolean NOT NULL DEFAULT true,
  -- ISO day of the week: 1 = Monday … 7 = Sunday, in the company's time zone.
  send_day     smallint NOT NULL DEFAULT 1 CHECK (send_day BETWEEN 1 AND 7),
  send_time    time NOT NULL DEFAULT '09:00',
  -- A Slack-compatible incoming webhook (a secret: the API shows it masked). https only.
  webhook_url  text CHECK (webhook_url IS NULL OR (webhook_url LIKE 'http%' AND length(webhook_url) <= 2048)),
  updated_by   bigint REFERENCES employee (id),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Who does not want the email (default: everyone does). One row per person; unsubscribing twice
-- changes nothing.
CREATE TABLE digest_opt_out (
  employee_id  bigint PRIMARY KEY REFERENCES employee (id),
  opted_out_at timestamptz NOT NULL DEFAULT now(),
  -- 'link' (the email's unsubscribe link or its one-click header) or 'api' (the person, signed in).
  how          text NOT NULL CHECK (how IN ('link', 'api'))
);

-- One row per company and week whose digest was claimed: the key lets exactly one node through.
-- Items published (or approved) in [window_start, cut) are that week's new items.
CREATE TABLE digest_week (
  company_id    bigint NOT NULL REFERENCES company (id),
  -- Monday of the ISO week, in the company's time zone.
  week_start    date NOT NULL,
  window_start  timestamptz NOT NULL,
  cut           timestamptz NOT NULL,
  claimed_at    timestamptz NOT NULL,
  claimed_by    text NOT NULL,
  PRIMARY KEY (company_id, week_start),
  CHECK (cut > window_start)
);

-- The outbox: one row per recipient (an employee's email, or the company's webhook) per week.
-- pending → sending (a node holds it until lease_until) → sent | pending again (a retry at
-- next_attempt_at) | failed (a permanent refusal, or out of attempts) | skipped (unsubscribed or
-- deactivated before it went out). A node that dies while sending leaves 'sending' with a lease that
-- runs out; another node then sends it again (see the README: at least once to the SMTP server).
CREATE TABLE digest_delivery (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id       bigint NOT NULL,
  week_start       date NOT NULL,
  channel          text NOT NULL CHECK (channel IN ('email', 'webhook')),
  employee_id      bigint REFERENCES employee (id),
  -- The items this recipient is told about, fixed when the week was claimed (a retry tells the same).
  item_ids         bigint[] NOT NULL CHECK (cardinality(item_ids) > 0),
  state            text NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  lease_until      timestamptz,
  last_attempt_at  timestamptz,
  last_error       text,
  -- The email's Message-ID (the same on every attempt) or the webhook's Idempotency-Key.
  message_id       text NOT NULL,
  sent_at          timestamptz,
  FOREIGN KEY (company_id, week_start) REFERENCES digest_week (company_id, week_start),
  CHECK ((channel = 'email') = (employee_id IS NOT NULL))
);
CREATE UNIQUE INDEX digest_delivery_email_once ON digest_delivery (company_id, week_start, employee_id)
  WHERE channel = 'email';
CREATE UNIQUE INDEX digest_delivery_webhook_once ON digest_delivery (company_id, week_start)
  WHERE channel = 'webhook';
CREATE INDEX digest_delivery_due ON digest_delivery (next_attempt_at) WHERE state IN ('pending', 'sending');

-- The key that signs unsubscribe links: random per installation, made here once, so links keep working
-- across restarts and on every node whatever the token key is (two v4 UUIDs: 244 random bits).
CREATE TABLE digest_signing_key (
  id   boolean PRIMARY KEY DEFAULT true CHECK (id),
  key  bytea NOT NULL CHECK (length(key) = 32)
);
INSERT INTO digest_signing_key (key)
VALUES (decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
