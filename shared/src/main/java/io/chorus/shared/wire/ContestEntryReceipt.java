package io.chorus.shared.wire;

/**
 * The 201 answer to {@code POST /api/contest-entries}: the contest the own post entered and the contest
 * points it earned (contest points only; share points and company boards are untouched). When a text
 * carries the hashtags of two live contests, it enters both and this names the first (lowest id), with
 * the points of both.
 */
@SuppressWarnings("unusable-by-js")
public record ContestEntryReceipt(long contestId, String hashtag, long points) {
  public static ContestEntryReceipt read(WireReader r) {
    return new ContestEntryReceipt(r.integer("contestId"), r.string("hashtag"), r.integer("points"));
  }

  public void write(WireWriter w) {
    w.put("contestId", contestId).put("hashtag", hashtag).put("points", points);
  }
}
