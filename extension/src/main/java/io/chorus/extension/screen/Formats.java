package io.chorus.extension.screen;

import io.chorus.shared.badges.Badge;
import java.util.ArrayList;
import java.util.List;

/**
 * Words and numbers as the screen shows them, read from across a room. DOM-free, so a plain JUnit
 * test pins every boundary.
 */
public final class Formats {
  private static final long MINUTE = 60_000;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  private Formats() {}

  /**
   * "just now", "1 min ago", "3 h ago", "yesterday", "4 days ago". A share stamped a little in the
   * future (the TV's clock lags the server's) is "just now", never a negative age.
   */
  public static String timeAgo(long atMillis, long nowMillis) {
    long age = nowMillis - atMillis;
    if (age < MINUTE) {
      return "just now";
    }
    if (age < HOUR) {
      return age / MINUTE + " min ago";
    }
    if (age < DAY) {
      return age / HOUR + " h ago";
    }
    if (age < 2 * DAY) {
      return "yesterday";
    }
    return age / DAY + " days ago";
  }

  /** Points with thin-space thousands groups: "980", "12 480" (no locale: digits read the same everywhere). */
  public static String points(long points) {
    String digits = Long.toString(Math.abs(points));
    StringBuilder out = new StringBuilder(points < 0 ? "−" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('\u2009');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  /** "+10" for a gain shown next to a score or a share. */
  public static String gain(long points) {
    return (points >= 0 ? "+" : "−") + points(Math.abs(points));
  }

  /**
   * The parts of "Riga · Engineering": office and team, either may be missing; none when both are.
   * Parts, not one string: each is a name someone typed, shown in its own isolating element.
   */
  public static List<String> where(String office, String team) {
    List<String> parts = new ArrayList<>();
    if (office != null && !office.isEmpty()) {
      parts.add(office);
    }
    if (team != null && !team.isEmpty()) {
      parts.add(team);
    }
    return parts;
  }

  /**
   * Text cut to at most {@code max} characters for a line read from across a room: whitespace runs
   * (a message's line breaks) become one space, the cut falls on a word boundary when one is near, never
   * inside a surrogate pair (an emoji), and ends in "…".
   */
  public static String excerpt(String text, int max) {
    StringBuilder flat = new StringBuilder();
    String s = text == null ? "" : text.trim();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
      if (!space) {
        flat.append(c);
      } else if (flat.length() > 0 && flat.charAt(flat.length() - 1) != ' ') {
        flat.append(' ');
      }
    }
    if (flat.length() <= max) {
      return flat.toString();
    }
    int cut = max - 1;
    char next = flat.charAt(cut);
    if (next >= '\uDC00' && next <= '\uDFFF') {
      cut--;
    }
    if (inWord(flat.charAt(cut - 1)) && inWord(flat.charAt(cut))) {
      int space = flat.lastIndexOf(" ", cut);
      if (space > max * 2 / 3) {
        cut = space;
      }
    }
    String head = flat.substring(0, cut);
    // No dangling joiner (half of a family emoji) or punctuation before the ellipsis.
    while (head.endsWith(" ") || head.endsWith(",") || head.endsWith(".") || head.endsWith("\u200D")) {
      head = head.substring(0, head.length() - 1);
    }
    return head + "\u2026";
  }

  /** Part of a word for {@link #excerpt}: not a space, and not half of an emoji. */
  private static boolean inWord(char c) {
    return c != ' ' && (c < '\uD800' || c > '\uDFFF');
  }

  /**
   * "4-week streak" (its picture goes next to it, from {@code BadgeIcons}); a badge this build does not
   * know (a newer server) is "a new badge".
   */
  public static String badge(String badgeId) {
    Badge b = Badge.fromId(badgeId);
    return b == null ? "a new badge" : b.title();
  }

  /**
   * The badges a board row shows after the name: the {@code max} most recently earned that this build
   * knows, in the order they were earned ({@code ids} are oldest first).
   */
  public static List<Badge> latestBadges(List<String> ids, int max) {
    List<Badge> known = new ArrayList<>();
    for (String id : ids) {
      Badge b = Badge.fromId(id);
      if (b != null && !known.contains(b)) {
        known.add(b);
      }
    }
    return new ArrayList<>(known.subList(Math.max(0, known.size() - max), known.size()));
  }
}
