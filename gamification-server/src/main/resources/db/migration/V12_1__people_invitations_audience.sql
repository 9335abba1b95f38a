-- Issue 16, people: the liaison invites people by CSV, each with a one-time link to set a password;
-- deactivates and reactivates them; edits offices and teams. Employees may state their audience.

-- An invited person has an account but no password until they open their link and set one. Signing in
-- with no password hash is checked against a decoy like an unknown email, so it never succeeds.
ALTER TABLE employee ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE employee
  ADD COLUMN invited_at      timestamptz,
  ADD COLUMN invited_by      bigint REFERENCES employee (id),
  -- When they set their password through an invitation (NULL for accounts made another way).
  ADD COLUMN joined_at       timestamptz,
  ADD COLUMN deactivated_at  timestamptz,
  ADD COLUMN deactivated_by  bigint REFERENCES employee (id);

-- The employee's language, which suggestions prefer. The content library (V11_1) adds the same column
-- the same way, so whichever runs first makes it. A lowercase ISO 639 code such as 'lv'; NULL: none.
ALTER TABLE employee ADD COLUMN IF NOT EXISTS language text;
ALTER TABLE employee ADD CONSTRAINT employee_language_code CHECK (language IS NULL OR language ~ '^[a-z]{2,3}$');

-- What the employee says their audience is (followers on LinkedIn and on X): stated, not verified.
-- The numbers add the sharers' audiences up as "estimated reach". NULL: not stated.
ALTER TABLE employee ADD COLUMN IF NOT EXISTS audience_linkedin integer;
ALTER TABLE employee ADD COLUMN IF NOT EXISTS audience_x integer;
ALTER TABLE employee ADD COLUMN IF NOT EXISTS audience_updated_at timestamptz;
ALTER TABLE employee ADD CONSTRAINT employee_audience_range CHECK (
  (audience_linkedin IS NULL OR audience_linkedin BETWEEN 0 AND 10000000)
  AND (audience_x IS NULL OR audience_x BETWEEN 0 AND 10000000));

-- Offices and teams are named once per company whatever the letter case ("Riga" is "riga"): a CSV's
-- names are matched this way, and a rename cannot make two that differ only in case.
CREATE UNIQUE INDEX office_company_name_folded ON office (company_id, lower(name));
CREATE UNIQUE INDEX team_company_name_folded ON team (company_id, lower(name));
CREATE INDEX employee_office ON employee (office_id) WHERE office_id IS NOT NULL;
CREATE INDEX employee_team ON employee (team_id) WHERE team_id IS NOT NULL;
-- The people page lists everyone (deactivated too) by name.
CREATE INDEX employee_company_name_all ON employee (company_id, lower(display_name), id);

-- One-time links to set a password. Only a SHA-256 of the token is kept (the token is 256 random bits,
-- so a fast hash is enough); the link itself is shown once to the liaison and mailed to the invitee.
CREATE TABLE invitation (
  token_hash   bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  company_id   bigint NOT NULL REFERENCES company (id),
  employee_id  bigint NOT NULL REFERENCES employee (id),
  created_by   bigint REFERENCES employee (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  used_at      timestamptz,
  -- A newer link for the same person, or deactivation, withdraws the older ones.
  revoked_at   timestamptz,
  -- Whether the link went out by email as well (false: shown to the liaison only).
  emailed_at   timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX invitation_open ON invitation (employee_id) WHERE used_at IS NULL AND revoked_at IS NULL;
