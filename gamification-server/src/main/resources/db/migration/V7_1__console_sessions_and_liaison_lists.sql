-- Issue 12: the liaison's console. Its session is a signed token in an HttpOnly cookie; signing out of
-- the console ends that one session here (until it would have expired anyway), while "sign out
-- everywhere" (employee.tokens_valid_after) ends every session at once.
CREATE TABLE console_session_end (
  token_id     uuid PRIMARY KEY,
  employee_id  bigint NOT NULL REFERENCES employee (id),
  company_id   bigint NOT NULL REFERENCES company (id),
  expires_at   timestamptz NOT NULL,
  ended_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX console_session_end_expiry ON console_session_end (expires_at);

-- The console's lists page by key, newest first, within one company.
CREATE INDEX share_company_id ON share (company_id, id DESC);
CREATE INDEX ledger_company_seq ON ledger_entry (company_id, seq DESC);
CREATE INDEX display_screen_company_created ON display_screen (company_id, created_at DESC, id DESC);
CREATE INDEX employee_company_name ON employee (company_id, lower(display_name), id) WHERE active;
