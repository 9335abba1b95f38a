package io.chorus.shared.wire;

/**
 * The time window a leaderboard counts: the current ISO week or calendar month in the company's time zone, or all time.
 */
public enum Period {
  WEEK("week", "This week"),
  MONTH("month", "This month"),
  ALL_TIME("all", "All time");

  private final String wireName;
  private final String label;

  Period(String wireName, String label) {
    this.wireName = wireName;
    this.label = label;
  }

  public String wireName() {
    return wireName;
  }

  public String label() {
    return label;
  }

  public static Period fromWire(String name) {
    for (Period p : values()) {
      if (p.wireName.equals(name)) {
        return p;
      }
    }
    return null;
  }
}
