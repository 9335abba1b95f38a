package io.chorus.extension.screen;

import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Period;

/**
 * What a screen link says: {@code /screen?period=month&office=3#t=<display token>}. The token travels in
 * the fragment so it never reaches a server log or a referrer; the page presents it as a bearer token.
 * The query chooses the board: the period (week, month, all; the fragment's {@code period=} of older
 * links still counts) and the scope (one {@code office} or one {@code team}; the whole company when
 * neither is given; office wins when both are). {@code ?contest=<id>} turns the screen into that hashtag
 * contest's view (its countdown, board and latest entries, then its winners). DOM-free, so the parsing is
 * tested on the JVM.
 */
@SuppressWarnings("unusable-by-js")
public record ScreenLink(String token, Period period, String office, String team, String contest) {
  /** Rows on the board: a TV at 3 m reads ten names comfortably, not more. */
  public static final int ROWS = 10;
  private static final int MAX_ID = 64;

  /** Parses {@code location.hash} alone (a link with no query). */
  public static ScreenLink parse(String hash) {
    return parse(null, hash);
  }

  /**
   * Parses {@code location.search} and {@code location.hash} (each with or without its leading '?' or
   * '#'); the token is null when there is none. An office or team id that is not a plain id (letters,
   * digits, '-' or '_') is ignored rather than passed on into the stream's address.
   */
  public static ScreenLink parse(String search, String hash) {
    String token = null;
    Period period = Period.WEEK;
    for (String[] p : pairs(hash, '#')) {
      if (p[0].equals("t") && !p[1].isEmpty()) {
        token = p[1];
      } else if (p[0].equals("period") && Period.fromWire(p[1]) != null) {
        period = Period.fromWire(p[1]);
      }
    }
    String office = null;
    String team = null;
    String contest = null;
    for (String[] p : pairs(search, '?')) {
      if (p[0].equals("period") && Period.fromWire(p[1]) != null) {
        period = Period.fromWire(p[1]);
      } else if (p[0].equals("office") && plainId(p[1])) {
        office = p[1];
      } else if (p[0].equals("team") && plainId(p[1])) {
        team = p[1];
      } else if (p[0].equals(ApiPaths.SCREEN_CONTEST_PARAM) && wholeNumber(p[1])) {
        contest = p[1];
      }
    }
    return new ScreenLink(token, period, office, office != null ? null : team, contest);
  }

  public boolean hasToken() {
    return token != null;
  }

  /** The same-origin address of the live stream this screen reads; both screens apply board patches. */
  public String streamPath() {
    String scope = office != null ? "&office=" + office : team != null ? "&team=" + team : "";
    return ApiPaths.LEADERBOARD_STREAM + "?period=" + period.wireName() + scope + "&limit=" + ROWS
        + "&" + ApiPaths.STREAM_PATCHES + "=1";
  }

  private static String[][] pairs(String text, char lead) {
    String s = text == null ? "" : text;
    if (!s.isEmpty() && s.charAt(0) == lead) {
      s = s.substring(1);
    }
    String[] parts = s.split("&");
    String[][] out = new String[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      out[i] = new String[] {eq < 0 ? parts[i] : parts[i].substring(0, eq),
          eq < 0 ? "" : parts[i].substring(eq + 1).trim()};
    }
    return out;
  }

  /** Whether this link shows a contest rather than a leaderboard. */
  public boolean isContest() {
    return contest != null;
  }

  /** A contest id is a positive whole number; anything else is ignored rather than put into an address. */
  private static boolean wholeNumber(String value) {
    if (value.isEmpty() || value.length() > 18 || value.charAt(0) == '0') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean plainId(String value) {
    if (value.isEmpty() || value.length() > MAX_ID) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
