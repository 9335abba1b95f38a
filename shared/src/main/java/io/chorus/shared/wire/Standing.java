package io.chorus.shared.wire;

/**
 * An employee's points and rank this week, this month and all time, within one scope (the company,
 * their office or their team). Rank 0 means "not ranked yet" (no points in that period); ties go to
 * whoever reached the score first.
 */
@SuppressWarnings("unusable-by-js")
public record Standing(long weekPoints, int weekRank, long monthPoints, int monthRank, long allTimePoints,
    int allTimeRank) {
  public static final Standing NONE = new Standing(0, 0, 0, 0, 0, 0);

  public static Standing read(WireReader r) {
    return new Standing(r.integer("weekPoints"), (int) r.integer("weekRank"),
        r.integer("monthPoints"), (int) r.integer("monthRank"),
        r.integer("allTimePoints"), (int) r.integer("allTimeRank"));
  }

  public void write(WireWriter w) {
    w.put("weekPoints", weekPoints).put("weekRank", weekRank).put("monthPoints", monthPoints)
        .put("monthRank", monthRank).put("allTimePoints", allTimePoints).put("allTimeRank", allTimeRank);
  }

  public long points(Period period) {
    return switch (period) {
      case WEEK -> weekPoints;
      case MONTH -> monthPoints;
      case ALL_TIME -> allTimePoints;
    };
  }

  public int rank(Period period) {
    return switch (period) {
      case WEEK -> weekRank;
      case MONTH -> monthRank;
      case ALL_TIME -> allTimeRank;
    };
  }
}
