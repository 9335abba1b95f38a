package io.chorus.shared.text;

/**
 * twitter-text 3.1.0's patterns for hashtags, URLs and emoji (its Java build's Regex and
 * TwitterTextEmojiRegex), rewritten in the subset that java.util.regex and the browser's RegExp (u
 * flag) read alike, and compiled once, on first use, by {@link TextPlatform#compile}. Where the original
 * is written differently the comment says why the meaning is the same. Port of twitter-text, Apache
 * License 2.0: see NOTICE-twitter-text.md.
 *
 * <p>The patterns are assembled when first used from the pieces below: an uppercase letter (other than
 * L, M, N and Z, which \p{…} classes use) in a piece stands for the piece of that name. Each piece
 * is written once, so a piece used ten times costs its length once in the browser's scripts.
 */
final class TextPatterns {
  private TextPatterns() {}

  /*
   * Hashtag letters and marks. twitter-text adds to \p{L}\p{M} a list of ranges that older Java
   * releases did not know yet; on Java 17 (Unicode 13) and in today's browsers every one of them is a
   * letter or mark already, except these private-use characters, which it lists too. Its extra digit
   * ranges are all \p{Nd} there too.
   */
  static final String LETTERS = "\\p{L}\\p{M}\\uf870-\\uf87f\\uf882\\uf884-\\uf89f\\uf8b8\\uf8c1-\\uf8d6";
  /* Digits, and the joiners and punctuation that may sit inside a hashtag: #a·b, #ハッシュ・タグ, ZWJ. */
  static final String HASHTAG_CHARS = LETTERS + "\\p{Nd}_\\u200c\\u200d\\ua67e\\u05be\\u05f3\\u05f4"
      + "\\uff5e\\u301c\\u309b\\u309c\\u30a0\\u30fb\\u3003\\u0f0b\\u0f0c\\u00b7";

  static final int HASHTAG_GROUP_TAG = 3;

  static final int URL_GROUP_BEFORE = 2;
  static final int URL_GROUP_URL = 3;
  static final int URL_GROUP_PROTOCOL = 4;
  static final int URL_GROUP_DOMAIN = 5;

  private static String genericTlds;
  private static String countryTlds;

  /** The piece a letter stands for. */
  private static String piece(char name) {
    switch (name) {
      // --- Hashtags ---
      case 'F':
        return LETTERS;
      case 'J':
        return HASHTAG_CHARS;
      case 'H':
        /*
         * Group 1: what precedes the sign (start, a variation selector, or a character that is neither
         * '&' nor part of a hashtag); 2: the sign, not followed by VS16 or a keycap (#️⃣ is no
         * hashtag); 3: the tag, with at least one letter. twitter-text compiles it case-insensitively,
         * which changes nothing for these classes.
         */
        return "(^|\\ufe0e|\\ufe0f|[^&J])([#\\uff03])(?![\\ufe0f\\u20e3])([J]*[F][J]*)";

      // --- URLs: matched against the text with ASCII letters lowercased, because twitter-text
      // compiles them with CASE_INSENSITIVE, which in Java (without UNICODE_CASE) folds ASCII only ---
      case 'O': // what may precede a URL: not a letter, digit, @, $ or #, or a directional mark
        return "(?:[^a-z0-9@\\uff20$#\\uff03\\ufffe\\ufeff\\uffff]"
            + "|[\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]|^)";
      case 'A': // Latin letters with accents (and combining accents) allowed in hosts and paths
        return "\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff\\u0100-\\u024f\\u0253\\u0254\\u0256\\u0257"
            + "\\u0259\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289\\u028b\\u02bb\\u0300-\\u036f\\u1e00-\\u1eff";
      case 'C':
        return "\\u0400-\\u04ff";
      case 'D':
        return "[a-z0-9A]";
      case 'S':
        /*
         * A subdomain. twitter-text makes it an atomic group; a label can only match one way (it runs
         * to the first character outside the class, which must be the dot), so a plain group means
         * the same. Its nested classes ([[a-z…]\-_]) are written flat.
         */
        return "(?:(?:D[a-z0-9A\\-_]*)?D\\.)";
      case 'E': // a domain name label, without '_'
        return "(?:(?:D[a-z0-9A\\-]*)?D\\.)";
      case 'P': // ASCII punctuation, white space (Java's \s is ASCII), separators, U+2000–U+206F
        return "_!\"#$%&'\\(\\)*+,./:;<=>?@\\[\\]^`\\{|}~\\t\\n\\u000b\\f\\r \\p{Z}\\u2000-\\u206f";
      case 'U':
        return "[^\\-P]";
      case 'V': // a Unicode label: [[^…]\-] in twitter-text, the same class without '-' excluded
        return "(?:(?:U[^P]*)?U\\.)";
      case 'T':
        return "(?=[^a-z0-9@+\\-]|$)";
      case 'X':
        return "(?:(?:" + genericTlds + ")T)";
      case 'Y':
        return "(?:(?:" + countryTlds + ")T)";
      case 'R':
        return "(?:xn--[\\-0-9a-z]+)";
      case 'W': // the host: labels and a known TLD; any TLD after a scheme; a country TLD before '/'
        return "(?:S*E(?:X|Y|R))|(?:(?<=https?://)(?:(?:EY)|(?:V(?:X|Y))))|(?:EY(?=/))";
      case 'G':
        return "[a-z0-9!\\*';:=\\+,.\\$/%#\\[\\]\\-\\u2013_~\\|&@AC]";
      case 'B': // up to two levels of balanced parentheses: /wiki/Primer_(film), /S(dfd346)/
        return "\\((?:G+|(?:G*\\(G+\\)G*))\\)";
      case 'K': // what a path ends with (so "/foo." leaves the period out)
        return "(?:[a-z0-9=_#/\\-\\+AC]|(?:B))";
      case 'I':
        return "(?:(?:G*(?:BG*)*K)|(?:@G+/))";
      case 'Q':
        return "[a-z0-9!?\\*'\\(\\);:&=\\+\\$/%#\\[\\]\\-_\\.,~\\|@]";
      default:
        return null;
    }
  }

  /** A template with its pieces put in, recursively. */
  static String assemble(String template) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      String piece = c >= 'A' && c <= 'Y' ? piece(c) : null;
      if (piece == null) {
        sb.append(c);
      } else {
        sb.append(assemble(piece));
      }
    }
    return sb.toString();
  }

  /**
   * Groups: 1 all, 2 the preceding character, 3 the URL, 4 the scheme, 5 the host, 6 the port, 7 the
   * path, 8 the query. twitter-text's possessive quantifiers (port digits, path segments) are plain
   * here: nothing after them can fail (the rest is optional), so the first match is the same.
   */
  private static final String URL = "((O)((https?://)?(W)(?::([0-9]+))?(/I*)?(\\?Q*[a-z0-9\\-_&=#/])?))";
  /* t.co links keep only their slug (at most 40 characters) and query. */
  private static final String TCO = "^https?://t\\.co/([a-z0-9]+)(?:\\?Q*[a-z0-9\\-_&=#/])?";

  // --- Compiled, on first use (volatile: server threads may race to compile; any result will do) ----

  private static volatile Object hashtag;
  private static volatile Object url;
  private static volatile Object tco;
  private static volatile Object emoji;
  private static volatile Object hashtagChar;
  // What the pattern answered for each BMP code point asked about so far. A word of a post asks once per
  // character, and matching a pattern per character allocated a fifth of what a share report costs the
  // server. One byte per code point: writes from two threads never disturb each other's entries, and an
  // entry another thread has not seen yet is simply matched again.
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;
  private static final byte[] hashtagCharByBmpCodePoint = new byte[0x10000];

  static Object hashtag() {
    if (hashtag == null) {
      hashtag = TextPlatform.compile(assemble("H"));
    }
    return hashtag;
  }

  static Object url() {
    if (url == null) {
      genericTlds = Tlds.alternation(Tlds.generic());
      countryTlds = Tlds.alternation(Tlds.country());
      url = TextPlatform.compile(assemble(URL));
    }
    return url;
  }

  static Object tco() {
    if (tco == null) {
      tco = TextPlatform.compile(assemble(TCO));
    }
    return tco;
  }

  static Object emoji() {
    if (emoji == null) {
      emoji = TextPlatform.compile(EmojiPattern.decode());
    }
    return emoji;
  }

  static boolean isHashtagChar(int codePoint) {
    if (codePoint < 0 || codePoint > 0xFFFF) {
      return matchesHashtagChar(codePoint);
    }
    byte known = hashtagCharByBmpCodePoint[codePoint];
    if (known == UNKNOWN) {
      known = matchesHashtagChar(codePoint) ? YES : NO;
      hashtagCharByBmpCodePoint[codePoint] = known;
    }
    return known == YES;
  }

  private static boolean matchesHashtagChar(int codePoint) {
    if (hashtagChar == null) {
      hashtagChar = TextPlatform.compile(assemble("^[J]$"));
    }
    return TextPlatform.find(hashtagChar, new String(Character.toChars(codePoint)), 0) != null;
  }
}
