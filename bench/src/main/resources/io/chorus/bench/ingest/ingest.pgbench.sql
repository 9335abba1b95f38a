-- What ONE share report needs done, in a transaction of its own: the reference a naive server (one
-- report, one transaction, a statement per step) would match. Same statements as the server's, step
-- for step, with a report's values as scalars, in the same order and with the same round trips wherever
-- pgbench can express them.
-- Mirrors the path the bench's reports take: an item published long ago (no 24-hour bonus), the
-- suggested words posted as they were (no own-words bonus; hashtags in the text, but no contest's: the
-- bench has none, so the running contests are not asked for), an employee who already holds the count,
-- network and streak badges (so no streak query):
--   BEGIN || CLAIM_KEY || CONTEXT                                one pipelined round trip; the token's
--     (the company's rules and contest hashtags are kept by the  revocation is checked by CONTEXT's row
--      server between reports, ShareTerms, and read again only when CONTEXT's terms_version moves: never
--      during the bench)
--     DailyCap.GRANT || INSERT_SHARE                             share (with what GRANT granted), first-on-item,
--                                                                tracked link, counts: one round trip on the
--                                                                server; two here, as pgbench refuses \gset in
--                                                                a pipeline (same statements, same rows)
--     Ledger.APPEND (the share's entry) || KEEP_ANSWER           one pipelined round trip, except:
--     Badges.AWARD 'first-on-item'                               for the first share of an item: then
--                                                                APPEND || AWARD, and KEEP_ANSWER after
--     COMMIT
-- The server is free to do better than this: reports that arrive together are written in one
-- transaction (ShareBatches): one BEGIN and one COMMIT for several reports, every other statement once per
-- report as here. pgbench cannot batch across its clients, so it runs each report on its own.
-- When ShareStore changes, change this file to match (same statements, same order, same pipelining).
--
-- Set by IngestBench with -D: company, first_employee, first_content, employees, items, first_k, clients,
-- points, daily_cap, linkedin_post_prefix and tracked_url_prefix (pgbench would read the colons in them
-- as variables), n=0 (a per-client counter: pgbench keeps a client's variables between transactions).
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
-- Scattered like the server's random idempotency keys and link codes (a bijection: never a collision).
\set scattered (:k * 2654435761) % 1099511627776

\startpipeline
BEGIN;

-- CLAIM_KEY (a UUID-long key; the request hash is the SHA-256 hex the server computes in Java)
INSERT INTO idempotency_key (employee_id, key, request_hash)
VALUES (:employee, 'pgbench-' || lpad(to_hex(:scattered::bigint), 28, '0'),
        '5f0c3bd1c7b9e2a4d6f8a0b2c4d6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1')
ON CONFLICT DO NOTHING
RETURNING employee_id;

-- CONTEXT (with the token state, AuthStore.TOKEN_STATE_COLUMNS: the server compares it in Java)
SELECT c.id AS content_id, c.title, c.status, c.publish_at, c.hashtags,
       (c.publish_at <= now() AND (c.expires_at IS NULL OR c.expires_at > now())) AS live,
       v.text AS suggested_text,
       array(SELECT b.badge FROM badge_award b WHERE b.employee_id = e.id) AS held,
       coalesce(t.version, 0) AS terms_version,
       e.company_id AS token_company_id, (extract(epoch FROM e.tokens_valid_after) * 1000)::bigint AS valid_after_ms,
       e.active AS token_active, e.role AS token_role
  FROM employee e
  LEFT JOIN share_terms t ON t.company_id = e.company_id
  LEFT JOIN content c ON c.id = :content AND c.company_id = e.company_id
  LEFT JOIN content_variant v ON v.content_id = c.id AND v.network = (ARRAY['linkedin', 'x'])[:net + 1]
 WHERE e.id = :employee;

\endpipeline

-- DailyCap.GRANT
INSERT INTO points_day AS d (employee_id, day, earned, last_grant)
SELECT e.id, (now() AT TIME ZONE c.time_zone)::date, LEAST(:points::int, :daily_cap::int),
       LEAST(:points::int, :daily_cap::int)
  FROM employee e JOIN company c ON c.id = e.company_id
 WHERE e.id = :employee
ON CONFLICT (employee_id, day) DO UPDATE
   SET earned = d.earned + LEAST(:points::int, GREATEST(:daily_cap::int - d.earned, 0)),
       last_grant = LEAST(:points::int, GREATEST(:daily_cap::int - d.earned, 0))
RETURNING last_grant AS granted;

-- INSERT_SHARE (posted_at: the report's postedAt)
WITH s AS (
  INSERT INTO share (company_id, employee_id, content_id, network, post_url, posted_text, points, posted_at,
                     disclosed)
  VALUES (:company, :employee, :content, (ARRAY['linkedin', 'x'])[:net + 1],
          (ARRAY[:linkedin_post_prefix::text || :linkedin_post::text || '/',
                 'https://x.com/person' || :x_user::text || '/status/' || :x_post::text])[:net + 1],
          'Proud of what we shipped: Bench item ' || :item::text || ' #bench #' || (ARRAY['linkedin', 'x'])[:net + 1],
          CASE WHEN :points::int <= 0 THEN 0 ELSE (SELECT d.last_grant FROM points_day d
                                                 JOIN employee e ON e.id = d.employee_id
                                                 JOIN company c ON c.id = e.company_id
                                                WHERE d.employee_id = :employee
                                                  AND d.day = (now() AT TIME ZONE c.time_zone)::date) END,
          now(), NULL)
  ON CONFLICT DO NOTHING
  RETURNING id),
first AS (
  INSERT INTO content_first_share (content_id, share_id)
  SELECT :content, s.id FROM s WHERE NOT EXISTS (SELECT 1 FROM share o WHERE o.content_id = :content)
  ON CONFLICT DO NOTHING
  RETURNING share_id),
link AS (
  INSERT INTO tracked_link (code, company_id, employee_id, content_id, network)
  SELECT lpad(to_hex(:scattered::bigint), 10, '0'), :company, :employee, :content, (ARRAY['linkedin', 'x'])[:net + 1]
    FROM s
  ON CONFLICT DO NOTHING
  RETURNING code)
SELECT s.id AS share_id,
       EXISTS (SELECT 1 FROM first)::int AS first_on_item,
       coalesce((SELECT code FROM link),
                (SELECT l.code FROM tracked_link l
                  WHERE l.employee_id = :employee AND l.content_id = :content
                    AND l.network = (ARRAY['linkedin', 'x'])[:net + 1])) AS code,
       (SELECT count(*) FROM share o WHERE o.employee_id = :employee AND o.voided_at IS NULL) + 1 AS shares,
       (SELECT count(DISTINCT o.network) FROM share o
         WHERE o.employee_id = :employee AND o.voided_at IS NULL
           AND o.network <> (ARRAY['linkedin', 'x'])[:net + 1]) + 1 AS networks
  FROM s \gset

-- Ledger.APPEND (the share's entry) || KEEP_ANSWER; when the share is the item's first, Ledger.APPEND ||
-- Badges.AWARD, and KEEP_ANSWER after them (the server's answer names the badge, so it waits for the award).
\if :first_on_item
\startpipeline
WITH entry AS (
  INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, click_id, kudos_id, reverses,
                            reason, created_by)
  VALUES (:company, :employee, 'share', :points, :share_id, NULL, NULL, NULL, NULL, NULL)
  RETURNING seq, created_at, employee_id)
SELECT entry.seq, entry.created_at, pg_current_xact_id()::text::bigint AS xid,
       e.display_name, e.office_id, o.name AS office, e.team_id, t.name AS team
  FROM entry
  JOIN employee e ON e.id = entry.employee_id
  LEFT JOIN office o ON o.id = e.office_id
  LEFT JOIN team t ON t.id = e.team_id;

WITH award AS (
  INSERT INTO badge_award (employee_id, badge, company_id, awarded_by, note)
  VALUES (:employee, 'first-on-item', :company, NULL, NULL)
  ON CONFLICT DO NOTHING
  RETURNING employee_id, badge, awarded_at, seq)
SELECT award.badge, award.awarded_at, award.seq, e.display_name
  FROM award JOIN employee e ON e.id = award.employee_id;
\endpipeline

UPDATE idempotency_key SET response_status = 201,
       response_body = jsonb_build_object('shareId', :share_id::bigint, 'contentId', :content::bigint,
                                          'network', (ARRAY['linkedin', 'x'])[:net + 1], 'points', :points::int,
                                          'trackedUrl', :tracked_url_prefix::text || :code::text,
                                          'newBadges', '["first-on-item"]'::jsonb)
 WHERE employee_id = :employee AND key = 'pgbench-' || lpad(to_hex(:scattered::bigint), 28, '0');
\else
\startpipeline
WITH entry AS (
  INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, click_id, kudos_id, reverses,
                            reason, created_by)
  VALUES (:company, :employee, 'share', :points, :share_id, NULL, NULL, NULL, NULL, NULL)
  RETURNING seq, created_at, employee_id)
SELECT entry.seq, entry.created_at, pg_current_xact_id()::text::bigint AS xid,
       e.display_name, e.office_id, o.name AS office, e.team_id, t.name AS team
  FROM entry
  JOIN employee e ON e.id = entry.employee_id
  LEFT JOIN office o ON o.id = e.office_id
  LEFT JOIN team t ON t.id = e.team_id;

UPDATE idempotency_key SET response_status = 201,
       response_body = jsonb_build_object('shareId', :share_id::bigint, 'contentId', :content::bigint,
                                          'network', (ARRAY['linkedin', 'x'])[:net + 1], 'points', :points::int,
                                          'trackedUrl', :tracked_url_prefix::text || :code::text,
                                          'newBadges', '[]'::jsonb)
 WHERE employee_id = :employee AND key = 'pgbench-' || lpad(to_hex(:scattered::bigint), 28, '0');
\endpipeline
\endif

COMMIT;
