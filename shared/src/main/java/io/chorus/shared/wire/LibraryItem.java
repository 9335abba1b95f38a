package io.chorus.shared.wire;

import java.util.List;

/**
 * One item of the content library as the liaison's console sees it ({@code GET /api/liaison/library},
 * the answer to every change): the draft's fields, its {@code status} (draft, approved, archived), its
 * {@code version} (a change to an approved item's words, title, link or hashtags makes a new one; shares
 * keep the version they were made from), whether it is {@code live} now (approved and inside its
 * window), and its times as ISO-8601 instants ({@code from} is when it goes or went live).
 */
@SuppressWarnings("unusable-by-js")
public record LibraryItem(long id, String status, long version, boolean live, LibraryDraft draft,
    String createdAt, String updatedAt, String approvedAt, long shares) {
  public static final String DRAFT = "draft";
  public static final String APPROVED = "approved";
  public static final String ARCHIVED = "archived";
  public static final List<String> STATUSES = List.of(DRAFT, APPROVED, ARCHIVED);

  public static LibraryItem read(WireReader r) {
    return new LibraryItem(r.integer("id"), r.string("status"), r.integer("version"), r.bool("live"),
        LibraryDraft.readAsStored(r.object("item")), r.string("createdAt"), r.string("updatedAt"), r.optString("approvedAt"),
        r.integer("shares"));
  }

  public void write(WireWriter w) {
    w.put("id", id).put("status", status).put("version", version).put("live", live);
    draft.write(w.object("item"));
    w.put("createdAt", createdAt).put("updatedAt", updatedAt).put("approvedAt", approvedAt).put("shares", shares);
  }
}
