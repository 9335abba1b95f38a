package io.chorus.server.content;

import io.chorus.server.links.LinkCodes;
import io.chorus.shared.Network;
import io.chorus.shared.text.Hashtags;
import io.chorus.shared.wire.Suggestion;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The SQL of the content library as employees see it: approved, live, meant for them, not yet shared or
 * dismissed by them, best first (see {@link #SUGGESTIONS}), each
 * item with the employee's tracked link for it (one per employee, item and network, made the first time
 * the item is listed, so the composer can be prefilled with it before the post exists).
 */
public final class ContentStore {
  // One statement: the suggestions, a link for each that has none (codes come from the caller, one per
  // possible row; the n-th suggestion takes the n-th), and each suggestion's link, new or not.
  // Ranked in SQL, best first:
  //   1. items that carry the tag of a live contest the employee may enter,
  //   2. freshness: the day of age since the item went live (today's before yesterday's),
  //   3. within a day, what fits the employee: meant for their office, for their team, in their
  //      language (an item in another language after one with none);
  //   4. then newest, and the id for a stable order.
  // Only approved, live items meant for the employee (no office or team named, or theirs), never one
  // they shared on this network, nor one they dismissed (for good, or until a time still ahead).
  private static final String SUGGESTIONS = """
      WITH me AS (SELECT office_id, team_id, language FROM employee WHERE id = $3 AND company_id = $1),
      fitting AS (
        SELECT c.id, c.title, c.summary, c.url, c.hashtags, c.publish_at, v.text, f.contest_first,
               floor(extract(epoch FROM now() - c.publish_at) / 86400) AS age_days,
               EXISTS (SELECT 1 FROM content_office t WHERE t.content_id = c.id AND t.office_id = me.office_id) AS for_office,
               EXISTS (SELECT 1 FROM content_team t WHERE t.content_id = c.id AND t.team_id = me.team_id) AS for_team,
               CASE WHEN c.language = me.language THEN 2 WHEN c.language IS NULL OR me.language IS NULL THEN 1
                    ELSE 0 END AS language_fit
          FROM content c
          JOIN content_variant v ON v.content_id = c.id AND v.network = $2
          CROSS JOIN me
          -- Items that carry a live contest's tag ($6, compared as keys) first. A first cut: the exact
          -- check (as the networks compare) is made on the rows in Java.
          CROSS JOIN LATERAL (SELECT EXISTS (
                 SELECT 1 FROM unnest($6::text[]) k
                  WHERE k = ANY (SELECT lower(h) FROM unnest(c.hashtags) h)
                     OR strpos(lower(v.text), '#' || k) > 0) AS contest_first) f
         WHERE c.company_id = $1
           AND c.status = 'approved'
           AND c.publish_at <= now()
           AND (c.expires_at IS NULL OR c.expires_at > now())
           AND (NOT EXISTS (SELECT 1 FROM content_office t WHERE t.content_id = c.id)
                OR EXISTS (SELECT 1 FROM content_office t WHERE t.content_id = c.id AND t.office_id = me.office_id))
           AND (NOT EXISTS (SELECT 1 FROM content_team t WHERE t.content_id = c.id)
                OR EXISTS (SELECT 1 FROM content_team t WHERE t.content_id = c.id AND t.team_id = me.team_id))
           AND NOT EXISTS (SELECT 1 FROM share s
                            WHERE s.employee_id = $3 AND s.content_id = c.id AND s.network = $2)
           AND NOT EXISTS (SELECT 1 FROM suggestion_dismissal d
                            WHERE d.employee_id = $3 AND d.content_id = c.id AND (d.until IS NULL OR d.until > now()))),
      offered AS (
        SELECT f.id, f.title, f.summary, f.url, f.hashtags, f.text,
               row_number() OVER (ORDER BY f.contest_first DESC, f.age_days, f.for_office DESC, f.for_team DESC,
                                           f.language_fit DESC, f.publish_at DESC, f.id DESC) AS n
          FROM fitting f
         ORDER BY n
         LIMIT $4),
      created AS (
        INSERT INTO tracked_link (code, company_id, employee_id, content_id, network)
        SELECT ($5::text[])[o.n], $1, $3, o.id, $2 FROM offered o ORDER BY o.n
        ON CONFLICT DO NOTHING
        RETURNING content_id, code)
      SELECT o.id, o.title, o.summary, o.url, o.hashtags, o.text, coalesce(cr.code, l.code) AS code
        FROM offered o
        LEFT JOIN created cr ON cr.content_id = o.id
        LEFT JOIN tracked_link l ON l.employee_id = $3 AND l.content_id = o.id AND l.network = $2
       ORDER BY o.n
      """;
  // The employee's "not this one" (until NULL) or "later": a second dismissal replaces the first.
  private static final String DISMISS = """
      INSERT INTO suggestion_dismissal (employee_id, content_id, until)
      SELECT $2, c.id, $4 FROM content c WHERE c.id = $3 AND c.company_id = $1
      ON CONFLICT (employee_id, content_id) DO UPDATE SET until = EXCLUDED.until, created_at = now()
      RETURNING content_id
      """;
  // A link made by a racing request is not in this statement's snapshot; asking again finds it.
  private static final int ATTEMPTS = 3;

  /** The hashtags of live contests an employee (company, employee) may enter with a share. */
  public interface ContestTags {
    Future<List<String>> live(long companyId, long employeeId);
  }

  private final Pool pool;
  private final ContestTags contestTags;

  public ContentStore(Pool pool, ContestTags contestTags) {
    this.pool = pool;
    this.contestTags = contestTags;
  }

  /** Up to {@code limit} suggestions; tracked links are addresses under {@code publicUrl}. */
  public Future<List<Suggestion>> suggestions(long companyId, long employeeId, Network network, int limit,
      String publicUrl) {
    return contestTags.live(companyId, employeeId)
        .compose(tags -> attempt(companyId, employeeId, network, limit, publicUrl, tags, 1))
        .map(ContentStore::contestItemsFirst);
  }

  /** A stable sort: items for a live contest first, each part in the order the query gave. */
  private static List<Suggestion> contestItemsFirst(List<Suggestion> list) {
    List<Suggestion> out = new ArrayList<>(list);
    out.sort(Comparator.comparing(s -> s.contestHashtag() == null));
    return out;
  }

  /** The first live contest tag the item's words or hashtags carry, as the networks compare tags; or null. */
  private static String contestTag(List<String> tags, String text, List<String> itemTags) {
    for (String tag : tags) {
      if (Hashtags.carries(text, tag)) {
        return tag;
      }
      for (String own : itemTags) {
        if (Hashtags.normalize(own).equals(Hashtags.normalize(tag))) {
          return tag;
        }
      }
    }
    return null;
  }

  /**
   * Leaves the item out of the employee's suggestions until {@code until} (null: for good). False when
   * the company has no such item.
   */
  public Future<Boolean> dismiss(long companyId, long employeeId, long contentId, OffsetDateTime until) {
    return pool.preparedQuery(DISMISS).execute(Tuple.of(companyId, employeeId, contentId, until))
        .map(rows -> rows.size() == 1);
  }

  private Future<List<Suggestion>> attempt(long companyId, long employeeId, Network network, int limit,
      String publicUrl, List<String> tags, int attempt) {
    String[] keys = tags.stream().map(Hashtags::normalize).toArray(String[]::new);
    return pool.preparedQuery(SUGGESTIONS)
        .execute(Tuple.tuple().addLong(companyId).addString(network.wireName()).addLong(employeeId).addInteger(limit)
            .addArrayOfString(LinkCodes.newCodes(limit)).addArrayOfString(keys))
        .compose(rows -> {
          if (!everyLinkFound(rows)) {
            return attempt < ATTEMPTS ? attempt(companyId, employeeId, network, limit, publicUrl, tags, attempt + 1)
                : Future.failedFuture(new IllegalStateException("No tracked link after " + ATTEMPTS + " attempts"));
          }
          List<Suggestion> out = new ArrayList<>();
          for (Row r : rows) {
            String[] itemTags = r.getArrayOfStrings("hashtags");
            List<String> hashtags = itemTags == null ? List.of() : Arrays.asList(itemTags);
            out.add(new Suggestion(r.getLong("id"), r.getString("title"), r.getString("summary"),
                r.getString("url"), network, r.getString("text"), hashtags,
                LinkCodes.url(publicUrl, r.getString("code")), contestTag(tags, r.getString("text"), hashtags)));
          }
          return Future.succeededFuture(out);
        });
  }

  private static boolean everyLinkFound(RowSet<Row> rows) {
    for (Row r : rows) {
      if (r.getString("code") == null) {
        return false;
      }
    }
    return true;
  }
}
