package io.chorus.extension.content;

import io.chorus.shared.badges.Badge;
import io.chorus.shared.wire.Standing;
import java.util.List;

/**
 * What the panel says once a share is counted: "Shared! +15 points — 🚀 First share! · #3 this week".
 * DOM-free, so a plain JUnit test pins the wording.
 */
final class ShareMessages {
  private ShareMessages() {}

  /** {@code newBadges} are the badge ids the share earned (ids this build does not know are left out). */
  static String counted(long points, List<String> newBadges, Standing standing) {
    StringBuilder out = new StringBuilder("Shared! +").append(points).append(points == 1 ? " point" : " points");
    String separator = " \u2014 ";
    for (String id : newBadges) {
      Badge badge = Badge.fromId(id);
      if (badge != null) {
        out.append(separator).append(badge.icon()).append(' ').append(badge.title()).append('!');
        separator = " ";
      }
    }
    out.append(" \u00B7 ");
    if (standing.weekRank() > 0) {
      out.append('#').append(standing.weekRank()).append(" this week");
    } else {
      out.append(standing.weekPoints()).append(" points this week");
    }
    return out.toString();
  }
}
