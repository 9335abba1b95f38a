package io.chorus.extension.content;

import io.chorus.extension.i18n.Words;

/**
 * What the panel says about a counted share: "Shared! +15 points — First share! · #3 this week" (the
 * badges' pictures follow it), in the browser's language. The badges come as titles from the worker
 * ({@link io.chorus.shared.badges.Badge} stays out of the content scripts, which load on every LinkedIn
 * and X page). DOM-free, so a plain JUnit test pins the wording in each language.
 */
final class ShareMessages {
  private ShareMessages() {}

  /** {@code badges} are the titles ("First share") of the badges the share earned (may be null). */
  static String counted(Words w, double points, String[] badges, double weekRank, double weekPoints) {
    StringBuilder out = new StringBuilder(w.count("s_points", points));
    String separator = " \u2014 ";
    if (badges != null) {
      for (String badge : badges) {
        out.append(separator).append(w.get("s_badge", badge));
        separator = " ";
      }
    }
    out.append(" \u00B7 ").append(weekRank > 0 ? w.get("s_rank", w.number(weekRank)) : w.count("s_week", weekPoints));
    return out.toString();
  }

  /** A whole number without ".0" (the content scripts hold numbers as doubles, not longs): ids, not display. */
  static String whole(double n) {
    return String.valueOf((int) n);
  }
}
