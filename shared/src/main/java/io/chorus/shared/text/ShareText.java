package io.chorus.shared.text;

import io.chorus.shared.Network;
import java.util.List;

/**
 * The text an employee is offered to post: the liaison's suggested words, the campaign hashtags that
 * are missing from them, and the link — checked and, for X, shortened to fit the network. Shared so
 * the panel shows exactly what the composer will receive and the server can refuse content that could
 * never fit.
 */
public final class ShareText {
  private static final String ELLIPSIS = "\u2026";

  private ShareText() {}

  /** The length of a post as the network counts it. */
  public static int length(Network network, String text) {
    if (network == Network.X) {
      return XWeightedLength.of(text);
    }
    String s = TextPlatform.nfc(text);
    return s.codePointCount(0, s.length());
  }

  public static boolean fits(Network network, String text) {
    return length(network, text) <= network.maxLength();
  }

  /**
   * Suggested words + missing hashtags + link. When the result is too long for the network, the words
   * (never the link or hashtags) are cut at a word boundary and end with an ellipsis.
   */
  public static String compose(Network network, String words, String url, List<String> hashtags) {
    String tail = tail(words, url, hashtags);
    String body = words == null ? "" : words.trim();
    String full = join(body, tail);
    if (fits(network, full)) {
      return full;
    }
    int end = body.length();
    while (end > 0) {
      end = previousCut(body, end);
      String candidate = join(body.substring(0, end).trim() + ELLIPSIS, tail);
      if (fits(network, candidate)) {
        return candidate;
      }
    }
    return tail;
  }

  /**
   * Suggested words + missing hashtags + link, never cut: what the liaison's words amount to once posted.
   * The library refuses an item whose full text would not fit ({@link #length} of this over the limit),
   * and the console counts what remains of it live, so the panel never has to cut an approved item.
   */
  public static String full(String words, String url, List<String> hashtags) {
    return join(words == null ? "" : words.trim(), tail(words, url, hashtags));
  }

  private static String tail(String words, String url, List<String> hashtags) {
    StringBuilder tail = new StringBuilder();
    String text = words == null ? "" : words;
    if (hashtags != null) {
      for (String tag : hashtags) {
        String t = Hashtags.strip(tag);
        if (!t.isEmpty() && !Hashtags.contains(text, t)) {
          append(tail, "#" + t);
        }
      }
    }
    if (url != null && !url.isEmpty() && !text.contains(url)) {
      append(tail, url);
    }
    return tail.toString();
  }

  private static String join(String body, String tail) {
    if (body.isEmpty()) {
      return tail;
    }
    return tail.isEmpty() ? body : body + " " + tail;
  }

  private static void append(StringBuilder sb, String part) {
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(part);
  }

  /** The last space before end, or end - 1 when a single long word has to be cut. */
  private static int previousCut(String s, int end) {
    int space = s.lastIndexOf(' ', end - 1);
    if (space > 0) {
      return space;
    }
    int cut = end - 1;
    if (cut > 0 && Character.isLowSurrogate(s.charAt(cut))) {
      cut--;
    }
    return cut;
  }
}
