package io.chorus.extension.screen;

import io.chorus.shared.wire.Leaderboard;
import io.chorus.shared.wire.LeaderboardRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two boards, row by row, so the screen lights up exactly the rows a person
 * should notice (a climb, a new name, new points) and leaves the rest alone. DOM-free.
 */
public final class BoardDiff {
  /** How a row differs from the same person's row on the previous board. */
  public enum Kind {
    /** Not on the previous board (or there was none to compare with: see {@link Change#was}). */
    NEW,
    /** A better rank than before. */
    UP,
    /** More points, same rank. */
    GAINED,
    /** A worse rank: someone passed them (their own points may be unchanged). */
    DOWN,
    /** Same rank, same points. */
    SAME
  }

  /** One row of the new board; {@code was} is the person's previous row, null when they are new. */
  @SuppressWarnings("unusable-by-js")
  public record Change(LeaderboardRow row, LeaderboardRow was, Kind kind) {
    /** Points gained since the previous board (0 for a new row). */
    public long gained() {
      return was == null ? 0 : row.points() - was.points();
    }

    /** True when only the rank number differs: the row's element can stay, with a new rank. */
    public boolean sameExceptRank() {
      return was != null && was.points() == row.points() && was.name().equals(row.name())
          && same(was.office(), row.office()) && same(was.team(), row.team())
          && was.badges().equals(row.badges());
    }

    /** True when the person earned a badge since the previous board (the row shows its icon). */
    public boolean newBadge() {
      return was != null && !was.badges().containsAll(row.badges());
    }
  }

  private BoardDiff() {}

  /**
   * The new board's rows, in order, each with its change. With no previous board (the first one
   * after the page opened) every row is {@link Kind#SAME}: nothing "changed" for someone who just
   * looked up. A board of another period or scope is not comparable either.
   */
  public static List<Change> of(Leaderboard before, Leaderboard after) {
    boolean comparable = before != null && before.period() == after.period() && before.scope() == after.scope()
        && same(before.scopeName(), after.scopeName());
    Map<Long, LeaderboardRow> previous = new HashMap<>();
    if (comparable) {
      for (LeaderboardRow r : before.rows()) {
        previous.put(r.employeeId(), r);
      }
    }
    List<Change> changes = new ArrayList<>();
    for (LeaderboardRow row : after.rows()) {
      LeaderboardRow was = previous.get(row.employeeId());
      changes.add(new Change(row, was, !comparable ? Kind.SAME : kind(was, row)));
    }
    return changes;
  }

  private static Kind kind(LeaderboardRow was, LeaderboardRow now) {
    if (was == null) {
      return Kind.NEW;
    }
    if (now.rank() < was.rank()) {
      return Kind.UP;
    }
    if (now.rank() > was.rank()) {
      return Kind.DOWN;
    }
    return now.points() != was.points() ? Kind.GAINED : Kind.SAME;
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
