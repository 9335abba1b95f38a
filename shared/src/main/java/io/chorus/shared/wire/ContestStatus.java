package io.chorus.shared.wire;

/**
 * Where a contest is in its life: {@code draft} (being written) → {@code scheduled} (starts by itself at
 * its start) → {@code live} (entries count) → {@code ended} (its window closed; late reports of posts made
 * inside it still count until the grace period ends, results provisional) → {@code final} (entrants frozen,
 * seed revealed, winners drawn). Shared so the console, popup and screen name the same states.
 */
public enum ContestStatus {
  DRAFT("draft"),
  SCHEDULED("scheduled"),
  LIVE("live"),
  ENDED("ended"),
  FINAL("final");

  private final String wireName;

  ContestStatus(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The status of that wire name, or null for one this build does not know. */
  public static ContestStatus fromWire(String name) {
    for (ContestStatus s : values()) {
      if (s.wireName.equals(name)) {
        return s;
      }
    }
    return null;
  }
}
