package io.chorus.extension.console;

import io.chorus.shared.wire.ContestDraft;
import io.chorus.shared.wire.ContestResults;
import io.chorus.shared.wire.ContestStatus;

/**
 * The Contests page's words: hints, states, prizes and how to check a draw. In one place, DOM-free, so a
 * JVM test pins them and the extension's message catalogue can take them over later.
 */
public final class ContestTexts {
  static final String HASHTAG_HINT = "One hashtag as X links them: letters, digits and _, at least one letter. "
      + "Matched in any letter case, with # or \uFF03.";
  static final String DESCRIPTION_HINT = "What the contest is about, for the people taking part.";
  static final String RULES_HINT = "The rules as people should read them (what counts, prizes, deadlines).";
  static final String CLICK_HINT = "For each unique human visitor of an entry's tracked link.";
  static final String GRACE_HINT = "Posts made inside the window but reported late still count this long after "
      + "the end; results are provisional until then.";
  static final String WHO_HINT = "Tick none for everyone; otherwise people in any ticked office or team may enter.";
  static final String COUNTS_SHARES = "A share of an approved item that carries the hashtag";
  static final String COUNTS_OWN_POSTS = "The employee's own post that carries the hashtag";
  static final String LIST_NOTE = "A hashtag contest counts the posts that carry its hashtag while it is live. "
      + "When it goes live the server publishes the SHA-256 of a secret seed; at the end it freezes the entrant "
      + "list, reveals the seed and draws, so anyone can check the draw.";

  private ContestTexts() {}

  /** The chip on a contest's row. */
  public static String status(ContestStatus status) {
    if (status == null) {
      return "Unknown";
    }
    switch (status) {
      case DRAFT:
        return "Draft";
      case SCHEDULED:
        return "Scheduled";
      case LIVE:
        return "Live";
      case ENDED:
        return "Ended \u00B7 results provisional";
      default:
        return "Results final";
    }
  }

  /** "In the company's time zone (Europe/Riga)." */
  public static String zoneHint(String timeZone) {
    return timeZone == null ? "In the company's time zone." : "In the company's time zone (" + timeZone + ").";
  }

  /**
   * How to put a contest on an office screen: a screen's link (made once on the Screens page) with the
   * contest's id in its query; the token after {@code #t=} stays as it is.
   */
  public static String screenHint(long contestId) {
    return "On an office screen: open its screen link with ?contest=" + contestId + " after /screen, as in "
        + "/screen?contest=" + contestId + "#t=\u2026 (the screen's own code after #t= stays as it is).";
  }

  /** "Top 3 · a draw of 2 among people with at least 3 entries", or "No prizes". */
  public static String prizes(ContestDraft d) {
    StringBuilder b = new StringBuilder();
    if (d.prizeTopN() > 0) {
      b.append("Top ").append(d.prizeTopN());
    }
    if (d.drawWinners() > 0) {
      b.append(b.length() > 0 ? " \u00B7 a draw of " : "A draw of ").append(d.drawWinners())
          .append(d.drawMinEntries() > 1
              ? " among people with at least " + d.drawMinEntries() + " entries"
              : " among everyone with an entry");
    }
    return b.length() == 0 ? "No prizes" : b.toString();
  }

  /** "12 entries by 5 people", "1 entry by 1 person", "No entries yet". */
  public static String entries(long entries, long entrants) {
    if (entries == 0) {
      return "No entries yet";
    }
    return entries + (entries == 1 ? " entry" : " entries") + " by " + entrants
        + (entrants == 1 ? " person" : " people");
  }

  /** A winner's line: "1st on the board", "Drawn". */
  public static String winnerReason(ContestResults.Winner w) {
    if (ContestResults.Winner.DRAW.equals(w.reason())) {
      return "Drawn";
    }
    return ordinal(w.rank()) + " on the board";
  }

  /** What the results say about the draw when it could not pick K among more. */
  public static String drewAll(ContestResults r) {
    return "The draw asked for " + r.drawWinners() + (r.drawWinners() == 1 ? " winner" : " winners")
        + " but only " + r.entrants() + (r.entrants() == 1 ? " person was" : " people were")
        + " in it, so everyone in the draw won.";
  }

  /**
   * The commands that re-run the draw from the published files, with a common tool (Python 3's standard
   * library): check the seed against its commitment, then sort the entrants by ticket.
   */
  public static String verifyCommand(ContestResults r) {
    String seed = r.seed() == null ? "<seed>" : r.seed();
    int k = r.drawWinners();
    return "python3 - entrants.csv " + seed + " " + k + " <<'EOF'\n"
        + "import csv, hashlib, sys\n"
        + "path, seed, k = sys.argv[1], sys.argv[2], int(sys.argv[3])\n"
        + "print('commitment', hashlib.sha256(bytes.fromhex(seed)).hexdigest())\n"
        + "rows = list(csv.DictReader(open(path, encoding='utf-8')))\n"
        + "tickets = sorted((hashlib.sha256((seed + ':' + r['employee_id']).encode()).hexdigest(), r['employee_id'])"
        + " for r in rows)\n"
        + "for ticket, who in tickets[:k]: print(who)\n"
        + "EOF";
  }

  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
    return n + suffix;
  }
}
