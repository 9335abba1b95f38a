package io.chorus.extension.screen;

import io.chorus.shared.wire.ContestBoard;
import io.chorus.shared.wire.ContestResults;
import io.chorus.shared.wire.ContestStatus;

/**
 * The contest view's words, read from across a room. DOM-free (a JVM test pins them) and in one place,
 * so the extension's message catalogue can take them over.
 */
public final class ContestScreenTexts {
  static final String KICKER = "Hashtag contest";
  static final String NO_ENTRIES = "No entries yet. Post with the hashtag to take the top spot.";
  static final String NO_LATEST = "Entries appear here the moment they are posted.";
  static final String VERIFY = "Anyone can check the draw: the seed's SHA-256 is the commitment published at "
      + "launch; each entrant's ticket is the SHA-256 of seed:employee_id; the smallest tickets win.";

  private ContestScreenTexts() {}

  /** Over the countdown: "Ends in", "Starts in", "Ended". */
  public static String countdownLabel(ContestStatus status) {
    if (status == ContestStatus.LIVE) {
      return "Ends in";
    }
    return status == ContestStatus.DRAFT || status == ContestStatus.SCHEDULED ? "Starts in" : "Ended";
  }

  /** "3 entries", "1 entry". */
  public static String entries(long n) {
    return n + (n == 1 ? " entry" : " entries");
  }

  /** "shared on LinkedIn", "posted on X". */
  public static String entryKind(ContestBoard.Entry e) {
    return (e.own() ? "posted on " : "shared on ") + (e.network() == null ? "a network" : e.network().displayName());
  }

  /** The winners' heading: final, or provisional while late reports may still come in. */
  public static String winnersTitle(ContestResults r) {
    return r.isFinal() ? "Winners" : "Winners so far (provisional)";
  }

  /** "Top 1", "Drawn" next to a winner. */
  public static String winnerReason(ContestResults.Winner w) {
    return ContestResults.Winner.DRAW.equals(w.reason()) ? "Drawn" : "Top " + w.rank();
  }

  /** The line under the winners while the draw waits for the grace period. */
  public static String drawPending(ContestResults r) {
    return r.drawWinners() > 0 && !r.isFinal()
        ? "The draw of " + r.drawWinners() + " happens when late posts can no longer arrive." : null;
  }
}
