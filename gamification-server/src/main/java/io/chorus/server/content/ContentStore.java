package io.chorus.server.content;

import io.chorus.shared.Network;
import io.chorus.shared.wire.Suggestion;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The SQL of the content library as employees see it: approved, live, and not yet shared by them. */
public final class ContentStore {
  private static final String SUGGESTIONS = """
      SELECT c.id, c.title, c.summary, c.url, c.hashtags, v.text
        FROM content c
        JOIN content_variant v ON v.content_id = c.id AND v.network = $2
       WHERE c.company_id = $1
         AND c.status = 'approved'
         AND c.publish_at <= now()
         AND (c.expires_at IS NULL OR c.expires_at > now())
         AND NOT EXISTS (SELECT 1 FROM share s
                          WHERE s.employee_id = $3 AND s.content_id = c.id AND s.network = $2)
       ORDER BY c.publish_at DESC, c.id DESC
       LIMIT $4
      """;

  private final Pool pool;

  public ContentStore(Pool pool) {
    this.pool = pool;
  }

  public Future<List<Suggestion>> suggestions(long companyId, long employeeId, Network network, int limit) {
    return pool.preparedQuery(SUGGESTIONS)
        .execute(Tuple.of(companyId, network.wireName(), employeeId, limit))
        .map(rows -> {
          List<Suggestion> out = new ArrayList<>();
          for (Row r : rows) {
            String[] tags = r.getArrayOfStrings("hashtags");
            out.add(new Suggestion(r.getLong("id"), r.getString("title"), r.getString("summary"),
                r.getString("url"), network, r.getString("text"),
                tags == null ? List.of() : Arrays.asList(tags), null));
          }
          return out;
        });
  }
}
