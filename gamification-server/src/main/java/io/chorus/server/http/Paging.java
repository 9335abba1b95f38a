package io.chorus.server.http;

import io.chorus.shared.wire.ErrorCode;
import io.chorus.shared.wire.Paged;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging, the same for every list: {@code limit} (1–100, 25 by default), a cursor parameter
 * holding the {@code next} of the page before, and one row fetched beyond the limit to know whether
 * there is a next page at all. No offsets: a page is as fast on the ten-thousandth row as on the first.
 */
public final class Paging {
  public static final int DEFAULT_LIMIT = 25;
  public static final int MAX_LIMIT = 100;

  private Paging() {}

  public static int limit(RoutingContext ctx) {
    return Requests.intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** A positive whole-number key from the query (an id, a ledger sequence), or null when absent. */
  public static Long key(RoutingContext ctx, String name) {
    String value = ctx.request().getParam(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      long key = Long.parseLong(value);
      if (key > 0) {
        return key;
      }
    } catch (NumberFormatException ignored) {
      // answered below
    }
    throw new ApiException(ErrorCode.INVALID_FIELD, "'" + name + "' must be a positive whole number.");
  }

  /** The page of at most {@code limit} rows, from {@code rows} fetched with {@code limit + 1}. */
  public static <T> Paged<T> page(List<T> rows, int limit, Function<T, String> cursorOf) {
    if (rows.size() <= limit) {
      return new Paged<>(rows, null);
    }
    List<T> items = rows.subList(0, limit);
    return new Paged<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)));
  }
}
