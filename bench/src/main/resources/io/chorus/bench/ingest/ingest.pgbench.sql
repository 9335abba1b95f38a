-- One share report as the server records it, statement for statement and in the same order, so pgbench
-- measures what the database alone can do with exactly the server's work. Mirrors, as of main 49a822e:
--   Authenticator.authenticate -> AuthStore.roleIfTokenStands   (TOKEN_STATE, on the pool, before the txn)
--   ShareStore.record -> recordNew                              (BEGIN; CLAIM_KEY; CONTEXT; INSERT_SHARE;
--                                                                APPEND_LEDGER; KEEP_ANSWER; COMMIT)
-- When ShareStore changes, change this file to match (same statements, same order).
-- Set by IngestBench with -D: company, first_employee, first_content, employees, items, first_k, clients,
-- linkedin_post_prefix (pgbench would read the colons of 'urn:li:activity:' as variables), n=0 (a per-client counter: pgbench keeps a client's variables from one transaction to the next).
-- The k-th report names the (employee, item, network) Combos.java gives k; each client takes every
-- clients-th k of pgbench's range, so no two reports ever name the same combination.
\set n :n + 1
\set k :first_k + (:n - 1) * :clients + :client_id
\set item (:k / (2 * :employees)) % :items
\set employee :first_employee + (:k / 2) % :employees
\set content :first_content + :item
\set net :k % 2
\set linkedin_post 7000000000000000000 + :k
\set x_user (:k / 2) % :employees
\set x_post 1800000000000000000 + :k

-- TOKEN_STATE
SELECT (extract(epoch FROM tokens_valid_after) * 1000)::bigint AS valid_after_ms, active, role
  FROM employee WHERE id = :employee AND company_id = :company;

BEGIN;

-- CLAIM_KEY (a UUID-long key; the request hash is the SHA-256 hex the server computes in Java)
INSERT INTO idempotency_key (employee_id, key, request_hash)
VALUES (:employee, 'pgbench-' || lpad(:k, 28, '0'),
        '5f0c3bd1c7b9e2a4d6f8a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1')
ON CONFLICT DO NOTHING
RETURNING employee_id;

-- CONTEXT
SELECT e.display_name, o.name AS office, t.name AS team,
       c.id AS content_id, c.title, c.status,
       (c.publish_at <= now() AND (c.expires_at IS NULL OR c.expires_at > now())) AS live,
       v.network IS NOT NULL AS offered
  FROM employee e
  LEFT JOIN office o ON o.id = e.office_id
  LEFT JOIN team t ON t.id = e.team_id
  LEFT JOIN content c ON c.id = :content AND c.company_id = e.company_id
  LEFT JOIN content_variant v ON v.content_id = c.id AND v.network = (ARRAY['linkedin', 'x'])[:net + 1]
 WHERE e.id = :employee;

-- INSERT_SHARE (posted_at: the report's postedAt)
INSERT INTO share (company_id, employee_id, content_id, network, post_url, posted_text, points, posted_at)
VALUES (:company, :employee, :content, (ARRAY['linkedin', 'x'])[:net + 1],
        (ARRAY[:linkedin_post_prefix::text || :linkedin_post::text || '/',
               'https://x.com/person' || :x_user::text || '/status/' || :x_post::text])[:net + 1],
        'Proud of what we shipped: Bench item ' || :item::text || ' #bench #' || (ARRAY['linkedin', 'x'])[:net + 1],
        10, now())
ON CONFLICT DO NOTHING
RETURNING id AS share_id \gset

-- APPEND_LEDGER
INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id)
VALUES (:company, :employee, 'share', 10, :share_id)
RETURNING seq, created_at, pg_current_xact_id()::text::bigint AS xid;

-- KEEP_ANSWER
UPDATE idempotency_key SET response_status = 201,
       response_body = jsonb_build_object('shareId', :share_id::bigint, 'contentId', :content::bigint,
                                          'network', (ARRAY['linkedin', 'x'])[:net + 1], 'points', 10)
 WHERE employee_id = :employee AND key = 'pgbench-' || lpad(:k, 28, '0');

COMMIT;
