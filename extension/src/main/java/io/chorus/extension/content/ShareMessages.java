package io.chorus.extension.content;

import io.chorus.shared.wire.Standing;
import java.util.List;

/**
 * What the panel says once a share is counted: "Shared! +15 points — First share! · #3 this week" (the
 * badges' pictures follow it, see {@code Panel#showBadgeIcons}). The badges come as titles from the worker ({@link io.chorus.shared.badges.Badge} stays out of the
 * content scripts, which load on every LinkedIn and X page). DOM-free, so a plain JUnit test pins the
 * wording.
 */
final class ShareMessages {
  private ShareMessages() {}

  /** {@code badges} are the titles ("First share") of the badges the share earned. */
  static String counted(long points, List<String> badges, Standing standing) {
    StringBuilder out = new StringBuilder("Shared! +").append(points).append(points == 1 ? " point" : " points");
    String separator = " \u2014 ";
    for (String badge : badges) {
      out.append(separator).append(badge).append('!');
      separator = " ";
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
