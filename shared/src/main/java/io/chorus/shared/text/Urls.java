package io.chorus.shared.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The URLs X finds in a post, with or without a scheme ({@code example.com}, {@code t.co/abc}), where
 * they end ("see https://x.co/a." stops before the period) and which hosts are real (a known TLD, IDNA
 * labels of at most 63 characters). Each weighs 23 on X, and a '#' inside one starts no hashtag.
 * Shared so the extension and the server count a post the same way.
 *
 * <p>A port of twitter-text 3.1.0's {@code Extractor.extractURLsWithIndices} (Apache License 2.0, see
 * NOTICE-twitter-text.md), checked against its conformance file extract.yml on the JVM and in the
 * browser build.
 */
public final class Urls {
  /** The longest URL X accepts, scheme included. */
  static final int MAX_URL_LENGTH = 4096;
  /** The longest t.co slug X accepts. */
  static final int MAX_TCO_SLUG_LENGTH = 40;
  private static final int MAX_LABEL_LENGTH = 63;
  private static final int ASSUMED_SCHEME_LENGTH = "https://".length();

  private Urls() {}

  /** The URLs in a text, in order, as written. */
  public static List<TextSpan> extract(String text) {
    List<TextSpan> urls = new ArrayList<>();
    if (text == null || text.indexOf('.') < 0) {
      // No dot, no domain: twitter-text takes the same shortcut.
      return urls;
    }
    String lowered = lowerAscii(text);
    int from = 0;
    while (from <= text.length()) {
      int[] m = TextPlatform.find(TextPatterns.url(), lowered, from);
      if (m == null) {
        break;
      }
      from = m[1] > m[0] ? m[1] : m[0] + 1;
      boolean hasScheme = m[2 * TextPatterns.URL_GROUP_PROTOCOL] >= 0;
      if (!hasScheme) {
        // A bare domain right after "-", "_", "." or "/" is part of something else (a path, a file name).
        int beforeStart = m[2 * TextPatterns.URL_GROUP_BEFORE];
        int beforeEnd = m[2 * TextPatterns.URL_GROUP_BEFORE + 1];
        if (beforeEnd - beforeStart == 1 && "-_./".indexOf(text.charAt(beforeStart)) >= 0) {
          continue;
        }
      }
      int start = m[2 * TextPatterns.URL_GROUP_URL];
      int end = m[2 * TextPatterns.URL_GROUP_URL + 1];
      int[] tco = TextPlatform.find(TextPatterns.tco(), lowered.substring(start, end), 0);
      if (tco != null) {
        // A t.co link is its slug and query only, and a slug over 40 characters is no t.co link.
        if (tco[3] - tco[2] > MAX_TCO_SLUG_LENGTH) {
          continue;
        }
        end = start + tco[1];
      }
      String host = text.substring(m[2 * TextPatterns.URL_GROUP_DOMAIN], m[2 * TextPatterns.URL_GROUP_DOMAIN + 1]);
      if (isValidHostAndLength(end - start, hasScheme, host)) {
        urls.add(new TextSpan(start, end, text.substring(start, end)));
      }
    }
    return urls;
  }

  /**
   * Whether the host converts to ASCII by IDNA with labels of 1 to 63 characters, and the URL, with
   * its host in ASCII and a scheme (assumed "https://" when it has none), is at most 4,096 characters.
   */
  static boolean isValidHostAndLength(int urlLength, boolean hasScheme, String host) {
    if (host.isEmpty()) {
      return false;
    }
    String ascii = TextPlatform.idnToAscii(host);
    if (ascii == null || ascii.isEmpty()) {
      return false;
    }
    int label = 0;
    for (int i = 0; i <= ascii.length(); i++) {
      if (i == ascii.length() || ascii.charAt(i) == '.') {
        if (label == 0 || label > MAX_LABEL_LENGTH) {
          return false;
        }
        label = 0;
      } else {
        label++;
      }
    }
    int length = urlLength + ascii.length() - host.length() + (hasScheme ? 0 : ASSUMED_SCHEME_LENGTH);
    return length <= MAX_URL_LENGTH;
  }

  /** A-Z to a-z and nothing else, so offsets stay the same (Java's CASE_INSENSITIVE folds ASCII only). */
  static String lowerAscii(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return sb == null ? s : sb.toString();
  }
}
