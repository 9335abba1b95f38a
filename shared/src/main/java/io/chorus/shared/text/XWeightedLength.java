package io.chorus.shared.text;

import java.util.List;

/**
 * Counts a post the way X does (twitter-text 3.1.0's {@code parseTweet} with configuration v3): after
 * NFC, code points in U+0000–10FF, U+2000–200D, U+2010–201F and U+2032–2037 weigh 1, everything else
 * 2; every URL ({@link Urls}, with or without a scheme) weighs 23; every emoji sequence twitter-text
 * knows (skin tones, ZWJ families, flags, keycaps, VS16 presentations) weighs 2; blank text weighs 0.
 * Shared so the extension warns before the composer does and the server agrees with it.
 *
 * <p>A port of twitter-text's {@code TwitterTextParser} (Apache License 2.0, see
 * NOTICE-twitter-text.md), checked against its conformance file validate.yml on the JVM and in the
 * browser build.
 */
public final class XWeightedLength {
  public static final int URL_WEIGHT = 23;
  /** X's limit, in weighted characters. */
  public static final int MAX = 280;

  /** twitter-text's configuration v3, what X uses today. */
  public static final Config V3 = new Config(280, 100, 200, 23, true, new int[] {
      0, 4351, 100, 8192, 8205, 100, 8208, 8223, 100, 8242, 8247, 100});
  /** Configuration v2: the same weights, every emoji code point counted on its own. */
  public static final Config V2 = new Config(280, 100, 200, 23, false, V3.ranges());
  /** Configuration v1: 140 code points, each weighing 1. */
  public static final Config V1 = new Config(140, 1, 1, 23, false, new int[0]);

  private XWeightedLength() {}

  /** The weighted length of a post on X. */
  public static int of(String text) {
    return parse(text).weightedLength();
  }

  /** The weighted length of a post on X, whether X accepts it, and how much of it fits. */
  public static Result parse(String text) {
    return parse(text, V3);
  }

  /**
   * What X says of a post. {@code permillage} is the weighted length in thousandths of the limit. The
   * ranges are UTF-16 offsets, end inclusive, of the whole text and of the part that fits in the limit
   * (counted in the NFC text, then shifted by what NFC removed, as twitter-text does); -1 for blank text.
   */
  @SuppressWarnings("unusable-by-js")
  public record Result(int weightedLength, int permillage, boolean valid, int displayRangeStart,
      int displayRangeEnd, int validRangeStart, int validRangeEnd) {

    /** How many weighted characters are left before the limit (negative when over). */
    public int remaining() {
      return MAX - weightedLength;
    }
  }

  /**
   * A twitter-text configuration (config/v1.json … v3.json); ranges are (first code point, last code
   * point, weight) triples, weights in 1/scale. Older ones are kept because twitter-text's conformance
   * file checks some cases under them.
   */
  public static final class Config {
    private final int maxWeightedLength;
    private final int scale;
    private final int defaultWeight;
    private final int urlLength;
    private final boolean emojiParsing;
    private final int[] ranges;

    Config(int maxWeightedLength, int scale, int defaultWeight, int urlLength, boolean emojiParsing,
        int[] ranges) {
      this.maxWeightedLength = maxWeightedLength;
      this.scale = scale;
      this.defaultWeight = defaultWeight;
      this.urlLength = urlLength;
      this.emojiParsing = emojiParsing;
      this.ranges = ranges;
    }

    public int maxWeightedLength() {
      return maxWeightedLength;
    }

    public int scale() {
      return scale;
    }

    public int defaultWeight() {
      return defaultWeight;
    }

    public int urlLength() {
      return urlLength;
    }

    public boolean emojiParsing() {
      return emojiParsing;
    }

    int[] ranges() {
      return ranges;
    }
  }

  /** What X would say of a post under another twitter-text configuration. */
  public static Result parse(String text, Config config) {
    if (text == null || isBlank(text)) {
      return new Result(0, 0, false, -1, -1, -1, -1);
    }
    String normalized = TextPlatform.nfc(text);
    int length = normalized.length();
    int scaledMax = config.maxWeightedLength() * config.scale();
    int urlWeight = config.urlLength() * config.scale();

    List<TextSpan> urls = Urls.extract(normalized);
    int[] emojiEnds = config.emojiParsing() ? emojiEnds(normalized) : null;

    boolean invalidChars = false;
    int weighted = 0;
    int offset = 0;
    int validOffset = 0;
    int nextUrl = 0;
    while (offset < length) {
      while (nextUrl < urls.size() && urls.get(nextUrl).start() < offset) {
        nextUrl++;
      }
      if (nextUrl < urls.size() && urls.get(nextUrl).start() == offset) {
        int urlLength = urls.get(nextUrl).end() - offset;
        weighted += urlWeight;
        offset += urlLength;
        if (weighted <= scaledMax) {
          validOffset += urlLength;
        }
        nextUrl++;
      }
      if (offset < length) {
        int codePoint = normalized.codePointAt(offset);
        int emojiEnd = emojiEnds == null ? 0 : emojiEnds[offset];
        int weight = emojiEnd > 0 ? config.defaultWeight() : weightOf(codePoint, config);
        weighted += weight;
        // twitter-text checks the UTF-16 unit at the start of each step for U+FFFE, U+FEFF, U+FFFF.
        char unit = normalized.charAt(offset);
        invalidChars = invalidChars || unit == '\uFFFE' || unit == '\uFEFF' || unit == '\uFFFF';
        int step = emojiEnd > 0 ? emojiEnd - offset : Character.charCount(codePoint);
        offset += step;
        if (!invalidChars && weighted <= scaledMax) {
          validOffset += step;
        }
      }
    }
    int normalizationShift = text.length() - normalized.length();
    int weightedLength = weighted / config.scale();
    boolean valid = !invalidChars && weightedLength <= config.maxWeightedLength();
    int permillage = weightedLength * 1000 / config.maxWeightedLength();
    return new Result(weightedLength, permillage, valid, 0, offset + normalizationShift - 1, 0,
        validOffset + normalizationShift - 1);
  }

  /**
   * Where each emoji sequence starting at an offset ends (0 where none starts), as twitter-text's
   * left-to-right search finds them; the pattern is only tried where an emoji can start.
   */
  private static int[] emojiEnds(String s) {
    int[] ends = new int[s.length()];
    int i = 0;
    while (i < s.length()) {
      int codePoint = s.codePointAt(i);
      if (mayStartEmoji(codePoint) && (codePoint > 0xAE || isEmojiSuffix(s, i + 1))) {
        int end = TextPlatform.matchAt(TextPatterns.emoji(), s, i);
        if (end > i) {
          ends[i] = end;
          i = end;
          continue;
        }
      }
      i += Character.charCount(codePoint);
    }
    return ends;
  }

  /**
   * Whether twitter-text's emoji pattern can match from this code point: every one of its
   * alternatives starts with one of these (a test checks it on every code point).
   */
  static boolean mayStartEmoji(int cp) {
    return cp >= 0x1F000 ? cp <= 0x1FAFF
        : cp >= 0x203C ? cp <= 0x3299 || cp == 0xE50A || cp == 0xFE0F
        : cp == '#' || cp == '*' || (cp >= '0' && cp <= '9') || cp == 0xA9 || cp == 0xAE;
  }

  /**
   * '#', '*', the digits, '©' and '®' start an emoji only when U+FE0F or U+20E3 follows (a keycap, or the
   * emoji presentation); hashtags and numbers are common in posts and the pattern is dear to try, so it
   * is tried only then (a test checks every code point after each of them).
   */
  static boolean isEmojiSuffix(String s, int at) {
    if (at >= s.length()) {
      return false;
    }
    char next = s.charAt(at);
    return next == '\uFE0F' || next == '\u20E3';
  }

  private static int weightOf(int codePoint, Config config) {
    int[] r = config.ranges();
    for (int i = 0; i < r.length; i += 3) {
      if (codePoint >= r[i] && codePoint <= r[i + 1]) {
        return r[i + 2];
      }
    }
    return config.defaultWeight();
  }

  /** Java's String.trim() idea of blank: only characters up to U+0020 (an ideographic space is not). */
  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > ' ') {
        return false;
      }
    }
    return true;
  }
}
