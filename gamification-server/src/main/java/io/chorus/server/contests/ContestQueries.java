package io.chorus.server.contests;

/**
 * Every statement of the contests feature, in one place: the liaison's writes, the lifecycle job's
 * claims, entries (inside the share's, the click's or the own post's transaction), boards and results.
 * {@code $n} parameters only. Contest points are ledger entries with {@code contest_id} set; every
 * other board leaves those out.
 */
final class ContestQueries {
  private ContestQueries() {}

  /** Who may enter, for the employee {@code me} and the contest {@code c}: everyone, or their office or team. */
  static final String ELIGIBLE = """
      ((cardinality(c.office_ids) = 0 AND cardinality(c.team_ids) = 0)
        OR me.office_id = ANY(c.office_ids) OR me.team_id = ANY(c.team_ids))""";

  /** A contest as ContestView shows it (joined with its company as {@code co}). */
  static final String VIEW_COLUMNS = """
      c.id, c.company_id, c.name, c.hashtag, c.description, c.rules, c.status, c.starts_local, c.ends_local,
      c.starts_at, c.ends_at, c.grace_hours, c.office_ids, c.team_ids, c.counts_shares, c.counts_own_posts,
      c.points_per_entry, c.points_per_click, c.max_entries_per_day, c.prize_top_n, c.draw_winners,
      c.draw_min_entries, c.commitment, co.time_zone,
      array(SELECT coalesce(o.name, '') FROM unnest(c.office_ids) WITH ORDINALITY u(id, n)
              LEFT JOIN office o ON o.id = u.id ORDER BY u.n) AS office_names,
      array(SELECT coalesce(t.name, '') FROM unnest(c.team_ids) WITH ORDINALITY u(id, n)
              LEFT JOIN team t ON t.id = u.id ORDER BY u.n) AS team_names,
      (SELECT count(*) FROM contest_entry ce WHERE ce.contest_id = c.id AND ce.voided_at IS NULL) AS entries,
      (SELECT count(DISTINCT ce.employee_id) FROM contest_entry ce WHERE ce.contest_id = c.id AND ce.voided_at IS NULL)
        AS entrants""";

  static final String VIEW = "SELECT " + VIEW_COLUMNS + """

        FROM contest c JOIN company co ON co.id = c.company_id
       WHERE c.id = $1 AND c.company_id = $2
      """;

  // Newest first, keyset-paged by id.
  static final String LIST = "SELECT " + VIEW_COLUMNS + """

        FROM contest c JOIN company co ON co.id = c.company_id
       WHERE c.company_id = $1 AND ($2::bigint IS NULL OR c.id < $2)
       ORDER BY c.id DESC
       LIMIT $3
      """;

  // Contest changes of one company queue here, so the overlap check and the write that follows it
  // see every other change (two liaisons scheduling the same hashtag on two nodes: one gets the 409).
  static final String LOCK_COMPANY = "SELECT time_zone FROM company WHERE id = $1 FOR NO KEY UPDATE";

  static final String LOCK_CONTEST = """
      SELECT status, hashtag_key, starts_at, ends_at, starts_local, points_per_entry, points_per_click,
             counts_shares, counts_own_posts, max_entries_per_day, seed IS NOT NULL AS seeded
        FROM contest WHERE id = $1 AND company_id = $2 FOR UPDATE
      """;

  static final String PLACES_FOUND = """
      SELECT (SELECT count(*) FROM office WHERE company_id = $1 AND id = ANY($2::bigint[])) AS offices,
             (SELECT count(*) FROM team WHERE company_id = $1 AND id = ANY($3::bigint[])) AS teams
      """;

  // A scheduled or live contest of the company with the same tag whose window meets [$4, $5).
  static final String OVERLAP = """
      SELECT name FROM contest
       WHERE company_id = $1 AND id <> $2 AND hashtag_key = $3 AND status IN ('scheduled', 'live')
         AND starts_at < $5 AND ends_at > $4
       LIMIT 1
      """;

  static final String INSERT = """
      INSERT INTO contest (company_id, name, hashtag, hashtag_key, description, rules, starts_local, ends_local,
                           starts_at, ends_at, office_ids, team_ids, counts_shares, counts_own_posts,
                           points_per_entry, points_per_click, max_entries_per_day, prize_top_n, draw_winners,
                           draw_min_entries, grace_hours, created_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
      RETURNING id
      """;

  static final String UPDATE = """
      UPDATE contest SET name = $3, hashtag = $4, hashtag_key = $5, description = $6, rules = $7,
             starts_local = $8, ends_local = $9, starts_at = $10, ends_at = $11, office_ids = $12, team_ids = $13,
             counts_shares = $14, counts_own_posts = $15, points_per_entry = $16, points_per_click = $17,
             max_entries_per_day = $18, prize_top_n = $19, draw_winners = $20, draw_min_entries = $21,
             grace_hours = $22, updated_at = now()
       WHERE id = $1 AND company_id = $2
      """;

  // The seed is made once, at the first of schedule or launch, and never replaced (coalesce).
  static final String SCHEDULE = """
      UPDATE contest SET status = 'scheduled', seed = coalesce(seed, $3), commitment = coalesce(commitment, $4),
             updated_at = now()
       WHERE id = $1 AND company_id = $2
      """;

  static final String LAUNCH = """
      UPDATE contest SET status = 'live', starts_at = now(), starts_local = $3, launched_at = now(),
             seed = coalesce(seed, $4), commitment = coalesce(commitment, $5), updated_at = now()
       WHERE id = $1 AND company_id = $2
      """;

  static final String END = """
      UPDATE contest SET status = 'ended', ends_at = now(), ends_local = $3, ended_at = now(), updated_at = now()
       WHERE id = $1 AND company_id = $2
      """;

  // The lifecycle job's claims: each row moves once, whichever node's UPDATE gets it.
  static final String GO_LIVE = """
      WITH moved AS (
        UPDATE contest SET status = 'live', launched_at = now(), updated_at = now()
         WHERE status = 'scheduled' AND starts_at <= now()
        RETURNING id, company_id)
      INSERT INTO contest_step (contest_id, status, node) SELECT id, 'live', $1 FROM moved
      RETURNING contest_id AS id, (SELECT company_id FROM moved m WHERE m.id = contest_id) AS company_id
      """;
  static final String GO_ENDED = """
      WITH moved AS (
        UPDATE contest SET status = 'ended', ended_at = now(), updated_at = now()
         WHERE status = 'live' AND ends_at <= now()
        RETURNING id, company_id)
      INSERT INTO contest_step (contest_id, status, node) SELECT id, 'ended', $1 FROM moved
      RETURNING contest_id AS id, (SELECT company_id FROM moved m WHERE m.id = contest_id) AS company_id
      """;
  /** A step a liaison took (schedule, launch, end) or the finalising transaction's, recorded with its node. */
  static final String STEP = "INSERT INTO contest_step (contest_id, status, node) VALUES ($1, $2, $3)";
  // One contest whose grace period is over, locked for its finalising transaction; another node skips it.
  static final String DUE_FINAL = """
      SELECT id, company_id, seed, draw_winners, draw_min_entries, prize_top_n
        FROM contest
       WHERE status = 'ended' AND ends_at + make_interval(hours => grace_hours) <= now()
       ORDER BY id
       LIMIT 1
         FOR UPDATE SKIP LOCKED
      """;
  // The frozen entrant list: active people with at least M entries, by employee id.
  static final String FREEZE_ENTRANTS = """
      INSERT INTO contest_entrant (contest_id, employee_id, display_name, entries)
      SELECT $1, e.id, e.display_name, count(*)
        FROM contest_entry ce JOIN employee e ON e.id = ce.employee_id
       WHERE ce.contest_id = $1 AND ce.voided_at IS NULL AND e.active
       GROUP BY e.id, e.display_name
      HAVING count(*) >= $2
      RETURNING employee_id
      """;
  static final String ENTRANTS = """
      SELECT employee_id, display_name, entries FROM contest_entrant WHERE contest_id = $1 ORDER BY employee_id
      """;
  static final String ADD_WINNER = """
      INSERT INTO contest_winner (contest_id, employee_id, reason, rank) VALUES ($1, $2, $3, $4)
      ON CONFLICT DO NOTHING
      """;
  static final String MAKE_FINAL = """
      UPDATE contest SET status = 'final', finalized_at = now(), entrant_count = $2, drew_all = $3, updated_at = now()
       WHERE id = $1 AND status = 'ended'
      """;
  static final String WINNERS = """
      SELECT w.employee_id, e.display_name, w.reason, w.rank
        FROM contest_winner w JOIN employee e ON e.id = w.employee_id
       WHERE w.contest_id = $1
       ORDER BY w.reason DESC, w.rank
      """;
  static final String RESULTS_STATE = """
      SELECT status, commitment, CASE WHEN status = 'final' THEN encode(seed, 'hex') END AS seed, draw_winners,
             draw_min_entries, prize_top_n, coalesce(entrant_count, 0) AS entrant_count,
             coalesce(drew_all, false) AS drew_all
        FROM contest WHERE id = $1 AND company_id = $2
      """;
  // While provisional: how many would be in the draw now.
  static final String ENTRANTS_NOW = """
      SELECT count(*) FROM (
        SELECT ce.employee_id FROM contest_entry ce JOIN employee e ON e.id = ce.employee_id
         WHERE ce.contest_id = $1 AND ce.voided_at IS NULL AND e.active
         GROUP BY ce.employee_id HAVING count(*) >= $2) x
      """;

  // The board: contest points per active person, ties to whoever reached the score first.
  static final String BOARD = """
      SELECT l.employee_id, e.display_name, sum(l.points)::bigint AS points, max(l.seq) AS reached,
             (SELECT count(*) FROM contest_entry ce
               WHERE ce.contest_id = $1 AND ce.employee_id = l.employee_id AND ce.voided_at IS NULL) AS entries
        FROM ledger_entry l JOIN employee e ON e.id = l.employee_id
       WHERE l.contest_id = $1 AND e.active
       GROUP BY l.employee_id, e.display_name
       ORDER BY points DESC, reached ASC
       LIMIT $2
      """;
  static final String LATEST = """
      SELECT ce.employee_id, e.display_name, ce.network, ce.posted_at, ce.own_post_id IS NOT NULL AS own
        FROM contest_entry ce JOIN employee e ON e.id = ce.employee_id
       WHERE ce.contest_id = $1 AND ce.voided_at IS NULL
       ORDER BY ce.id DESC
       LIMIT $2
      """;
  static final String BOARD_HEAD = """
      SELECT c.id, c.name, c.hashtag, c.status, c.starts_at, c.ends_at,
             c.ends_at + make_interval(hours => c.grace_hours) AS grace_ends_at
        FROM contest c WHERE c.id = $1
      """;

  // The employee's live contests: whether they may enter, their entries and rank.
  static final String MINE = """
      SELECT c.id, c.name, c.hashtag, c.ends_at, me.active AND """ + ELIGIBLE + """
       AS eligible,
             (SELECT count(*) FROM contest_entry ce
               WHERE ce.contest_id = c.id AND ce.employee_id = me.id AND ce.voided_at IS NULL) AS my_entries,
             (SELECT r.rank FROM (SELECT l.employee_id,
                                         row_number() OVER (ORDER BY sum(l.points) DESC, max(l.seq)) AS rank
                                    FROM ledger_entry l JOIN employee x ON x.id = l.employee_id
                                   WHERE l.contest_id = c.id AND x.active
                                   GROUP BY l.employee_id) r
               WHERE r.employee_id = me.id) AS my_rank
        FROM contest c JOIN employee me ON me.id = $2
       WHERE c.company_id = $1 AND c.status = 'live'
       ORDER BY c.ends_at, c.id
      """;
  // Live contests the employee may enter, for the suggestions: their tags.
  static final String LIVE_TAGS = """
      SELECT c.hashtag FROM contest c JOIN employee me ON me.id = $2
       WHERE c.company_id = $1 AND c.status = 'live' AND c.counts_shares AND """ + ELIGIBLE + """

       ORDER BY c.id
      """;

  // The hashtags of the company's contests a share may still enter: a superset of what CANDIDATES can
  // answer for any share (which decides by the share's time, the person and the grace period). Kept per
  // node (shares/ShareTerms), so a share whose text carries none of them asks CANDIDATES nothing.
  static final String SHARE_HASHTAGS = """
      SELECT hashtag FROM contest
       WHERE company_id = $1 AND status IN ('scheduled', 'live', 'ended') AND counts_shares
      """;

  // Contests a post may enter (the tag is checked in Java, as the networks compare): running, the post
  // made inside the window, reported before the grace period ends, the person eligible. FOR SHARE: a
  // finalising transaction waits for this entry, or this entry sees the contest final and stays out.
  static final String CANDIDATES = """
      SELECT c.id, c.hashtag, c.points_per_entry, c.max_entries_per_day,
             ($3::timestamptz AT TIME ZONE co.time_zone)::date AS day
        FROM contest c
        JOIN company co ON co.id = c.company_id
        JOIN employee me ON me.id = $2
       WHERE c.company_id = $1 AND c.status IN ('scheduled', 'live', 'ended') AND me.active
         AND (CASE WHEN $4 THEN c.counts_own_posts ELSE c.counts_shares END)
         AND $3::timestamptz >= c.starts_at AND $3::timestamptz < c.ends_at
         AND now() < c.ends_at + make_interval(hours => c.grace_hours)
         AND """ + ELIGIBLE + """

       ORDER BY c.id
         FOR SHARE OF c
      """;
  // The per-day cap: no row back means today's entries are used up.
  static final String DAY_ENTRY = """
      INSERT INTO contest_day AS d (contest_id, employee_id, day, entries) VALUES ($1, $2, $3, 1)
      ON CONFLICT (contest_id, employee_id, day) DO UPDATE SET entries = d.entries + 1 WHERE d.entries < $4
      RETURNING entries
      """;
  static final String INSERT_ENTRY = """
      WITH entry AS (
        INSERT INTO contest_entry (contest_id, company_id, employee_id, share_id, own_post_id, network, posted_at,
                                   posted_day)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT DO NOTHING
        RETURNING id)
      INSERT INTO ledger_entry (company_id, employee_id, kind, points, contest_id, contest_entry_id)
      SELECT $2, $3, 'contest_entry', $9, $1, entry.id FROM entry
      RETURNING seq
      """;
  // A unique click on a share's tracked link: points in every live contest that share entered.
  static final String CLICK = """
      WITH target AS (
        SELECT ce.id AS entry_id, ce.contest_id, ce.company_id, ce.employee_id, c.points_per_click
          FROM contest_entry ce JOIN contest c ON c.id = ce.contest_id
         WHERE ce.share_id = $1 AND ce.voided_at IS NULL AND c.status = 'live' AND now() < c.ends_at
           AND c.points_per_click > 0
           FOR SHARE OF c),
      clicked AS (
        INSERT INTO contest_click (contest_id, click_id, entry_id)
        SELECT contest_id, $2, entry_id FROM target
        ON CONFLICT DO NOTHING
        RETURNING entry_id)
      INSERT INTO ledger_entry (company_id, employee_id, kind, points, contest_id, contest_entry_id)
      SELECT t.company_id, t.employee_id, 'contest_click', t.points_per_click, t.contest_id, t.entry_id
        FROM clicked k JOIN target t ON t.entry_id = k.entry_id
      RETURNING contest_id, seq
      """;

  // A voided share's entries stop counting, and their contest points are reversed (once: reverses is unique).
  static final String VOID_SHARE_ENTRIES = """
      WITH entries AS (
        UPDATE contest_entry SET voided_at = now() WHERE share_id = $1 AND voided_at IS NULL RETURNING id)
      INSERT INTO ledger_entry (company_id, employee_id, kind, points, contest_id, contest_entry_id, reverses, reason,
                                created_by)
      SELECT l.company_id, l.employee_id, 'reversal', -l.points, l.contest_id, l.contest_entry_id, l.seq, $2, $3
        FROM ledger_entry l JOIN entries e ON e.id = l.contest_entry_id
       WHERE l.kind IN ('contest_entry', 'contest_click') AND l.points > 0
         AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses = l.seq)
      RETURNING contest_id, seq
      """;

  // An own post: once per URL, and not a URL already reported as a share.
  static final String INSERT_OWN_POST = """
      INSERT INTO own_post (company_id, employee_id, network, post_url, text, posted_at)
      SELECT $1, $2, $3, $4, $5, $6
       WHERE $4::text IS NULL OR NOT EXISTS (SELECT 1 FROM share s WHERE s.post_url = $4)
      ON CONFLICT DO NOTHING
      RETURNING id
      """;
  static final String CLAIM_KEY = """
      INSERT INTO idempotency_key (employee_id, key, request_hash) VALUES ($1, $2, $3)
      ON CONFLICT DO NOTHING
      RETURNING employee_id
      """;
  static final String EARLIER_ANSWER = """
      SELECT request_hash, response_status, response_body FROM idempotency_key WHERE employee_id = $1 AND key = $2
      """;
  static final String KEEP_ANSWER = """
      UPDATE idempotency_key SET response_status = $3, response_body = $4 WHERE employee_id = $1 AND key = $2
      """;
}
