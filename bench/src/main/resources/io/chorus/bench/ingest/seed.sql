-- The bench's data, written straight into the server's schema (after its own Flyway migrations ran):
-- one company, its employees, approved live content for both networks, and a year of history with
-- every row a real share leaves behind (share, ledger entry, idempotency key, tracked link, first share
-- of an item, day total, badges). Sizes come from set_config('bench.*'); the k-th share names the combination Combos.java
-- gives k, so the bench's own reports never collide with these. Statements end with ';' at a line end.

-- Daily cap at the schema's maximum, so the cap never refuses the bench's load.
INSERT INTO company (slug, name, time_zone) VALUES ('bench', 'Bench Corp', 'Europe/Riga');

INSERT INTO scoring_rules (company_id, linkedin_share, x_share, fresh_bonus, own_words_bonus, click_points,
                           kudos_points, kudos_per_week, daily_cap)
SELECT id, 10, 10, 5, 5, 1, 5, 5, 10000 FROM company;

INSERT INTO office (company_id, name) SELECT c.id, 'Office ' || n FROM company c, generate_series(1, 8) n;

INSERT INTO team (company_id, name) SELECT c.id, 'Team ' || n FROM company c, generate_series(1, 50) n;

INSERT INTO employee (company_id, office_id, team_id, email, display_name, role, password_hash, created_at)
SELECT c.id, (SELECT min(id) FROM office) + n % 8, (SELECT min(id) FROM team) + n % 50,
       'person' || n || '@bench.example', 'Person ' || n, 'employee', current_setting('bench.password_hash'),
       now() - interval '400 days'
  FROM company c, generate_series(0, current_setting('bench.employees')::int - 1) n
 ORDER BY n;

INSERT INTO content (company_id, title, summary, url, status, publish_at, approved_at, created_at)
SELECT c.id, 'Bench item ' || n, 'What item ' || n || ' is about.', 'https://bench.example/items/' || n,
       'approved', now() - interval '400 days', now() - interval '400 days', now() - interval '400 days'
  FROM company c, generate_series(0, current_setting('bench.items')::int - 1) n
 ORDER BY n;

INSERT INTO content_variant (content_id, network, text)
SELECT c.id, v.network, 'Proud of what we shipped: ' || c.title || ' #bench #' || v.network
  FROM content c, unnest(ARRAY['linkedin', 'x']) AS v (network);

-- A year of shares in time order (so share ids and ledger seq follow time, as they do in real life).
INSERT INTO share (company_id, employee_id, content_id, network, post_url, posted_text, points, shared_at, posted_at)
SELECT p.company_id, p.e0 + (k / 2) % p.employees, p.c0 + (k / (2 * p.employees)) % p.items, v.network,
       CASE k % 2
         WHEN 0 THEN 'https://www.linkedin.com/feed/update/urn:li:activity:' || (7000000000000000000 + k) || '/'
         ELSE 'https://x.com/person' || (k / 2) % p.employees || '/status/' || (1800000000000000000 + k)
       END,
       v.text, 10, t.at, t.at
  FROM (SELECT (SELECT id FROM company) AS company_id, (SELECT min(id) FROM employee) AS e0,
               (SELECT min(id) FROM content) AS c0, current_setting('bench.employees')::bigint AS employees,
               current_setting('bench.items')::bigint AS items, current_setting('bench.seeded')::bigint AS seeded) p
  CROSS JOIN generate_series(0, p.seeded - 1) k
  CROSS JOIN LATERAL (SELECT now() - interval '365 days' + interval '365 days' * k / p.seeded AS at) t
  JOIN content_variant v ON v.content_id = p.c0 + (k / (2 * p.employees)) % p.items
                        AND v.network = CASE k % 2 WHEN 0 THEN 'linkedin' ELSE 'x' END
 ORDER BY k;

INSERT INTO ledger_entry (company_id, employee_id, kind, points, share_id, created_at)
SELECT company_id, employee_id, 'share', points, id, shared_at FROM share ORDER BY id;

INSERT INTO idempotency_key (employee_id, key, request_hash, response_status, response_body, created_at)
SELECT employee_id, gen_random_uuid()::text, encode(sha256(id::text::bytea), 'hex'), 201,
       jsonb_build_object('shareId', id, 'contentId', content_id, 'network', network, 'points', points,
                          'trackedUrl', 'http://localhost:8080/r/S' || lpad(to_hex(id), 9, '0'),
                          'newBadges', '[]'::jsonb),
       shared_at
  FROM share;

-- Ten characters like the server's codes; the 'S' keeps them apart from pgbench's (hex digits only).
INSERT INTO tracked_link (code, company_id, employee_id, content_id, network, created_at)
SELECT 'S' || lpad(to_hex(id), 9, '0'), company_id, employee_id, content_id, network, shared_at
  FROM share;

INSERT INTO content_first_share (content_id, share_id)
SELECT DISTINCT ON (content_id) content_id, id FROM share ORDER BY content_id, id;

INSERT INTO points_day (employee_id, day, earned, last_grant)
SELECT employee_id, (shared_at AT TIME ZONE 'Europe/Riga')::date, sum(points), 10 FROM share GROUP BY 1, 2;

-- Badges as a year of steady sharing earns them: share counts, both networks, streaks (everyone here
-- shared about weekly all year), and the first sharer of each item.
INSERT INTO badge_award (employee_id, badge, company_id, awarded_at)
SELECT s.employee_id, b.badge, s.company_id, s.first_at
  FROM (SELECT employee_id, company_id, count(*) AS shares, count(DISTINCT network) AS networks,
               min(shared_at) AS first_at
          FROM share GROUP BY employee_id, company_id) s
  JOIN (VALUES ('first-share', 1, 1), ('shares-10', 10, 1), ('shares-50', 50, 1), ('shares-100', 100, 1),
               ('every-network', 1, 2), ('streak-4', 4, 1), ('streak-12', 12, 1)) AS b (badge, shares, networks)
    ON s.shares >= b.shares AND s.networks >= b.networks;

INSERT INTO badge_award (employee_id, badge, company_id, awarded_at)
SELECT DISTINCT ON (content_id) employee_id, 'first-on-item', company_id, shared_at
  FROM share ORDER BY content_id, id
ON CONFLICT DO NOTHING;
