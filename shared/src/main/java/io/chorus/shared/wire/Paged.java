package io.chorus.shared.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One page of a keyset-paged list ({@code GET /api/liaison/...}): its items, and {@code next}, the
 * cursor that asks for the page after it (null on the last page). Shared so the console pages through
 * exactly what the server wrote. A cursor is opaque to the client: it only ever sends it back.
 */
@SuppressWarnings("unusable-by-js")
public record Paged<T>(List<T> items, String next) {
  public boolean hasNext() {
    return next != null;
  }

  public static <T> Paged<T> read(WireReader r, Function<WireReader, T> item) {
    List<T> items = new ArrayList<>();
    for (WireReader each : r.objects("items")) {
      items.add(item.apply(each));
    }
    return new Paged<>(items, r.optString("next"));
  }

  public void write(WireWriter w, BiConsumer<T, WireWriter> item) {
    w.emptyArray("items");
    for (T each : items) {
      item.accept(each, w.addObject("items"));
    }
    w.put("next", next);
  }
}
