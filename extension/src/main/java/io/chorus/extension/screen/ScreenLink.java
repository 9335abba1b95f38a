package io.chorus.extension.screen;

import io.chorus.shared.wire.ApiPaths;
import io.chorus.shared.wire.Period;

/**
 * What a screen link says: {@code /screen#t=<display token>&period=all}. The token travels in the
 * fragment so it never reaches a server log or a referrer; the page presents it as a bearer token.
 * DOM-free, so the parsing is tested on the JVM.
 */
@SuppressWarnings("unusable-by-js")
public record ScreenLink(String token, Period period) {
  /** Rows on the board: a TV at 3 m reads ten names comfortably, not more. */
  public static final int ROWS = 10;

  /** Parses {@code location.hash} (with or without the leading '#'); token is null when there is none. */
  public static ScreenLink parse(String hash) {
    String h = hash == null ? "" : hash;
    if (h.startsWith("#")) {
      h = h.substring(1);
    }
    String token = null;
    Period period = Period.WEEK;
    for (String part : h.split("&")) {
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1).trim();
      if (name.equals("t") && !value.isEmpty()) {
        token = value;
      } else if (name.equals("period") && Period.fromWire(value) != null) {
        period = Period.fromWire(value);
      }
    }
    return new ScreenLink(token, period);
  }

  public boolean hasToken() {
    return token != null;
  }

  /** The same-origin address of the live stream this screen reads. */
  public String streamPath() {
    return ApiPaths.LEADERBOARD_STREAM + "?period=" + period.wireName() + "&limit=" + ROWS;
  }
}
