package io.chorus.shared.wire;

/**
 * An office or team a library item is meant for. In a {@link LibraryDraft} only the id counts (the name
 * may be left out); a {@link LibraryItem} gives both, so the console can show whom an item reaches.
 */
@SuppressWarnings("unusable-by-js")
public record ItemPlace(long id, String name) {
  public static ItemPlace read(WireReader r) {
    Fields.allowOnly(r, "id", "name");
    return new ItemPlace(r.integer("id"), r.optString("name"));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("name", name);
  }
}
