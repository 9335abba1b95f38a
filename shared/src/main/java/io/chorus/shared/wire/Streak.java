package io.chorus.shared.wire;

/**
 * Consecutive ISO weeks (company time zone) with at least one share. A streak that includes last week
 * is still alive this week until the week ends; {@code sharedThisWeek} says whether this week already counts.
 */
@SuppressWarnings("unusable-by-js")
public record Streak(int weeks, boolean sharedThisWeek) {
  public static Streak read(WireReader r) {
    return new Streak((int) r.integer("weeks"), r.bool("sharedThisWeek"));
  }

  public void write(WireWriter w) {
    w.put("weeks", weeks).put("sharedThisWeek", sharedThisWeek);
  }
}
