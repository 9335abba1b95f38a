package io.chorus.shared.wire;

/**
 * An office or team a contest is open to. In a {@link ContestDraft} only the id counts (the name may be
 * left out); a {@link ContestView} gives both, so the console and the popup can say who may enter.
 */
@SuppressWarnings("unusable-by-js")
public record ContestPlace(long id, String name) {
  public static ContestPlace read(WireReader r) {
    return new ContestPlace(r.integer("id"), r.optString("name"));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("name", name);
  }
}
