package io.chorus.server.content;

import io.chorus.server.links.LinkCodes;
import io.chorus.shared.Network;
import io.chorus.shared.wire.Suggestion;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL of the content library as employees see it: approved, live, and not yet shared by them, each
 * item with the employee's tracked link for it (one per employee, item and network, made the first time
 * the item is listed, so the composer can be prefilled with it before the post exists).
 */
public final class ContentStore {
  // One statement: the suggestions, a link for each that has none (codes come from the caller, one per
  // possible row; the n-th suggestion takes the n-th), and each suggestion's link, new or not.
  private static final String SUGGESTIONS = """
      WITH offered AS (
        SELECT c.id, c.title, c.summary, c.url, c.hashtags, v.text,
               row_number() OVER (ORDER BY c.publish_at DESC, c.id DESC) AS n
          FROM content c
          JOIN content_variant v ON v.content_id = c.id AND v.network = $2
         WHERE c.company_id = $1
           AND c.status = 'approved'
           AND c.publish_at <= now()
           AND (c.expires_at IS NULL OR c.expires_at > now())
           AND NOT EXISTS (SELECT 1 FROM share s
                            WHERE s.employee_id = $3 AND s.content_id = c.id AND s.network = $2)
         ORDER BY c.publish_at DESC, c.id DESC
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
  // A link made by a racing request is not in this statement's snapshot; asking again finds it.
  private static final int ATTEMPTS = 3;

  private final Pool pool;

  public ContentStore(Pool pool) {
    this.pool = pool;
  }

  /** Up to {@code limit} suggestions; tracked links are addresses under {@code publicUrl}. */
  public Future<List<Suggestion>> suggestions(long companyId, long employeeId, Network network, int limit,
      String publicUrl) {
    return attempt(companyId, employeeId, network, limit, publicUrl, 1);
  }

  private Future<List<Suggestion>> attempt(long companyId, long employeeId, Network network, int limit,
      String publicUrl, int attempt) {
    return pool.preparedQuery(SUGGESTIONS)
        .execute(Tuple.tuple().addLong(companyId).addString(network.wireName()).addLong(employeeId).addInteger(limit)
            .addArrayOfString(LinkCodes.newCodes(limit)))
        .compose(rows -> {
          if (!everyLinkFound(rows)) {
            return attempt < ATTEMPTS ? attempt(companyId, employeeId, network, limit, publicUrl, attempt + 1)
                : Future.failedFuture(new IllegalStateException("No tracked link after " + ATTEMPTS + " attempts"));
          }
          List<Suggestion> out = new ArrayList<>();
          for (Row r : rows) {
            String[] tags = r.getArrayOfStrings("hashtags");
            out.add(new Suggestion(r.getLong("id"), r.getString("title"), r.getString("summary"),
                r.getString("url"), network, r.getString("text"),
                tags == null ? List.of() : Arrays.asList(tags), LinkCodes.url(publicUrl, r.getString("code")), null));
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
