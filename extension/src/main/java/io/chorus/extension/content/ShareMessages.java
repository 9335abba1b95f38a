package io.chorus.extension.content;

/**
 * What the panel says about a share: "Shared! +15 points — First share! · #3 this week" (the badges'
 * pictures follow it), and the line under a draft: "212 characters left · Add a few words of your own:
 * +5 points". The badges come as titles from the worker ({@link io.chorus.shared.badges.Badge} stays out of the content scripts,
 * which load on every LinkedIn and X page). DOM-free, so a plain JUnit test pins the wording.
 */
final class ShareMessages {
  private ShareMessages() {}

  /** {@code badges} are the titles ("First share") of the badges the share earned (may be null). */
  static String counted(double points, String[] badges, double weekRank, double weekPoints) {
    StringBuilder out = new StringBuilder("Shared! +").append(whole(points)).append(points == 1 ? " point" : " points");
    String separator = " \u2014 ";
    if (badges != null) {
      for (String badge : badges) {
        out.append(separator).append(badge).append('!');
        separator = " ";
      }
    }
    out.append(" \u00B7 ");
    if (weekRank > 0) {
      out.append('#').append(whole(weekRank)).append(" this week");
    } else {
      out.append(whole(weekPoints)).append(" points this week");
    }
    return out.toString();
  }

  /**
   * The draft's length against the network's limit ({@code network} is its display name), and — when the
   * company pays an own-words bonus — how the draft stands: unchanged, some words of the employee's own,
   * or enough for the bonus.
   */
  static String composing(double length, double maxLength, double newWords, double minNewWords, double bonus,
      String network) {
    double left = maxLength - length;
    StringBuilder out = new StringBuilder();
    if (left >= 0) {
      out.append(whole(left)).append(left == 1 ? " character left" : " characters left");
    } else {
      out.append(whole(-left)).append(-left == 1 ? " character" : " characters").append(" over ")
          .append(network).append("'s limit");
    }
    if (bonus > 0) {
      out.append(" \u00B7 ");
      if (newWords >= minNewWords) {
        out.append("Your own words earn +").append(whole(bonus)).append(" points");
      } else if (newWords == 0) {
        out.append("Add a few words of your own: +").append(whole(bonus)).append(" points");
      } else {
        double more = minNewWords - newWords;
        out.append("Add ").append(whole(more)).append(more == 1 ? " more word" : " more words")
            .append(" of your own: +").append(whole(bonus)).append(" points");
      }
    }
    return out.toString();
  }

  /** A whole number without ".0" (the content scripts hold numbers as doubles, not longs). */
  static String whole(double n) {
    return String.valueOf((int) n);
  }
}
