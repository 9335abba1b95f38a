package io.chorus.shared.wire;

/**
 * An employee's points and rank this week and all time. Rank 0 means "not ranked yet" (no points in
 * that period); ties go to whoever reached the score first.
 */
@SuppressWarnings("unusable-by-js")
public record Standing(long weekPoints, int weekRank, long allTimePoints, int allTimeRank) {
  public static Standing read(WireReader r) {
    return new Standing(r.integer("weekPoints"), (int) r.integer("weekRank"),
        r.integer("allTimePoints"), (int) r.integer("allTimeRank"));
  }

  public void write(WireWriter w) {
    w.put("weekPoints", weekPoints).put("weekRank", weekRank).put("allTimePoints", allTimePoints)
        .put("allTimeRank", allTimeRank);
  }
}
