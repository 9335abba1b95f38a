package io.chorus.shared.text;

/**
 * twitter-text 3.1.0's patterns for hashtags, URLs and emoji (its Java build's Regex and
 * TwitterTextEmojiRegex), rewritten in the subset that java.util.regex and the browser's RegExp (u
 * flag) read alike, and compiled once, on first use, by {@link TextPlatform#compile}. Where the original
 * is written differently the comment says why the meaning is the same. Port of twitter-text, Apache
 * License 2.0: see NOTICE-twitter-text.md.
 */
final class TextPatterns {
  private TextPatterns() {}

  // --- Hashtags -------------------------------------------------------------------------------------

  /*
   * Letters and marks. twitter-text adds to \p{L}\p{M} a list of ranges that older Java releases did
   * not know yet; on Java 17 (Unicode 13) and in today's browsers every one of them is a letter or
   * mark already, except these private-use characters, which it lists too.
   */
  static final String LETTERS =
      "\\p{L}\\p{M}\\uf870-\\uf87f\\uf882\\uf884-\\uf89f\\uf8b8\\uf8c1-\\uf8d6";
  /* Digits: twitter-text's extra digit ranges are all \p{Nd} on Java 17 and in browsers. */
  private static final String DIGITS = "\\p{Nd}";
  /* Joiners and punctuation that may sit inside a hashtag: #a·b, #ハッシュ・タグ, #メ～テレ, ZWJ, ZWNJ. */
  private static final String HASHTAG_SPECIALS = "_\\u200c\\u200d\\ua67e\\u05be\\u05f3\\u05f4\\uff5e"
      + "\\u301c\\u309b\\u309c\\u30a0\\u30fb\\u3003\\u0f0b\\u0f0c\\u00b7";
  static final String HASHTAG_CHARS = LETTERS + DIGITS + HASHTAG_SPECIALS;

  /**
   * Group 1: what precedes the sign (start, a variation selector, or a character that is neither
   * '&' nor part of a hashtag); 2: the sign, '#' or '＃', not followed by VS16 or a keycap (so #️⃣
   * is no hashtag); 3: the tag, with at least one letter. twitter-text compiles it case-insensitively,
   * which changes nothing for these classes.
   */
  static final String HASHTAG = "(^|\\ufe0e|\\ufe0f|[^&" + HASHTAG_CHARS + "])([#\\uff03])"
      + "(?![\\ufe0f\\u20e3])([" + HASHTAG_CHARS + "]*[" + LETTERS + "][" + HASHTAG_CHARS + "]*)";
  static final int HASHTAG_GROUP_TAG = 3;

  // --- URLs -----------------------------------------------------------------------------------------
  // Matched against the text with ASCII letters lowercased: twitter-text compiles these patterns with
  // CASE_INSENSITIVE, which in Java (without UNICODE_CASE) folds ASCII letters only.

  private static final String INVALID_CHARS = "\\ufffe\\ufeff\\uffff";
  private static final String DIRECTIONAL_CHARS =
      "\\u061c\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069";
  private static final String LATIN_ACCENTS = "\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u00ff"
      + "\\u0100-\\u024f\\u0253\\u0254\\u0256\\u0257\\u0259\\u025b\\u0263\\u0268\\u026f\\u0272\\u0289"
      + "\\u028b\\u02bb\\u0300-\\u036f\\u1e00-\\u1eff";
  private static final String CYRILLIC = "\\u0400-\\u04ff";

  private static final String PRECEDING =
      "(?:[^a-z0-9@\\uff20$#\\uff03" + INVALID_CHARS + "]|[" + DIRECTIONAL_CHARS + "]|^)";

  private static final String DOMAIN_CHAR = "[a-z0-9" + LATIN_ACCENTS + "]";
  /*
   * twitter-text makes each subdomain an atomic group; a label can only match one way (it runs to the
   * first character outside the class, which must be the dot), so a plain group means the same.
   * Its nested classes ([[a-z…]\-_]) are written flat.
   */
  private static final String SUBDOMAIN =
      "(?:(?:" + DOMAIN_CHAR + "[a-z0-9" + LATIN_ACCENTS + "\\-_]*)?" + DOMAIN_CHAR + "\\.)";
  private static final String DOMAIN_NAME =
      "(?:(?:" + DOMAIN_CHAR + "[a-z0-9" + LATIN_ACCENTS + "\\-]*)?" + DOMAIN_CHAR + "\\.)";

  /* Anything but ASCII punctuation, white space (Java's \s is ASCII only), separators, U+2000–U+206F. */
  private static final String NOT_PUNCTUATION_OR_SPACE = "_!\"#$%&'\\(\\)*+,./:;<=>?@\\[\\]^`\\{|}~"
      + "\\t\\n\\u000b\\f\\r \\p{Z}\\u2000-\\u206f";
  private static final String UNICODE_DOMAIN_CHAR = "[^\\-" + NOT_PUNCTUATION_OR_SPACE + "]";
  /* [[^…]\-] in twitter-text: the same class without '-' among the excluded characters. */
  private static final String UNICODE_DOMAIN_NAME = "(?:(?:" + UNICODE_DOMAIN_CHAR
      + "[^" + NOT_PUNCTUATION_OR_SPACE + "]*)?" + UNICODE_DOMAIN_CHAR + "\\.)";

  private static final String PUNYCODE = "(?:xn--[\\-0-9a-z]+)";
  private static final String TLD_END = "(?=[^a-z0-9@+\\-]|$)";

  private static final String GENERAL_PATH_CHAR = "[a-z0-9!\\*';:=\\+,.\\$/%#\\[\\]\\-\\u2013_~\\|&@"
      + LATIN_ACCENTS + CYRILLIC + "]";
  /* Up to two levels of balanced parentheses: /wiki/Primer_(film), /S(dfd346)/. */
  private static final String BALANCED_PARENS = "\\((?:" + GENERAL_PATH_CHAR + "+|(?:"
      + GENERAL_PATH_CHAR + "*\\(" + GENERAL_PATH_CHAR + "+\\)" + GENERAL_PATH_CHAR + "*))\\)";
  /* A path ends in one of these (so "/foo." leaves the period out). */
  private static final String PATH_ENDING_CHAR = "(?:[a-z0-9=_#/\\-\\+" + LATIN_ACCENTS + CYRILLIC
      + "]|(?:" + BALANCED_PARENS + "))";
  private static final String PATH = "(?:(?:" + GENERAL_PATH_CHAR + "*(?:" + BALANCED_PARENS
      + GENERAL_PATH_CHAR + "*)*" + PATH_ENDING_CHAR + ")|(?:@" + GENERAL_PATH_CHAR + "+/))";
  private static final String QUERY_CHAR = "[a-z0-9!?\\*'\\(\\);:&=\\+\\$/%#\\[\\]\\-_\\.,~\\|@]";
  private static final String QUERY_ENDING_CHAR = "[a-z0-9\\-_&=#/]";

  private static String domain(String genericTld, String countryTld) {
    String generic = "(?:(?:" + genericTld + ")" + TLD_END + ")";
    String country = "(?:(?:" + countryTld + ")" + TLD_END + ")";
    return "(?:" + SUBDOMAIN + "*" + DOMAIN_NAME + "(?:" + generic + "|" + country + "|" + PUNYCODE + "))"
        + "|(?:(?<=https?://)(?:(?:" + DOMAIN_NAME + country + ")|(?:" + UNICODE_DOMAIN_NAME
        + "(?:" + generic + "|" + country + "))))"
        + "|(?:" + DOMAIN_NAME + country + "(?=/))";
  }

  /**
   * Groups: 1 all, 2 the preceding character, 3 the URL, 4 the scheme, 5 the host, 6 the port, 7 the
   * path, 8 the query. twitter-text's possessive quantifiers (port digits, path segments) are plain
   * here: nothing after them can fail (the rest is optional), so the first match is the same.
   */
  static String url(String genericTld, String countryTld) {
    return "((" + PRECEDING + ")((https?://)?(" + domain(genericTld, countryTld) + ")(?::([0-9]+))?(/"
        + PATH + "*)?(\\?" + QUERY_CHAR + "*" + QUERY_ENDING_CHAR + ")?))";
  }

  static final int URL_GROUP_BEFORE = 2;
  static final int URL_GROUP_URL = 3;
  static final int URL_GROUP_PROTOCOL = 4;
  static final int URL_GROUP_DOMAIN = 5;

  /* t.co links keep only their slug (at most 40 characters) and query. */
  static final String TCO = "^https?://t\\.co/([a-z0-9]+)(?:\\?" + QUERY_CHAR + "*" + QUERY_ENDING_CHAR + ")?";

  // --- Compiled, on first use -----------------------------------------------------------------------

  private static Object hashtag;
  private static Object url;
  private static Object tco;
  private static Object emoji;
  private static Object hashtagChar;

  static Object hashtag() {
    if (hashtag == null) {
      hashtag = TextPlatform.compile(HASHTAG);
    }
    return hashtag;
  }

  static Object url() {
    if (url == null) {
      url = TextPlatform.compile(url(Tlds.alternation(Tlds.GENERIC), Tlds.alternation(Tlds.COUNTRY)));
    }
    return url;
  }

  static Object tco() {
    if (tco == null) {
      tco = TextPlatform.compile(TCO);
    }
    return tco;
  }

  static Object emoji() {
    if (emoji == null) {
      emoji = TextPlatform.compile(EmojiPattern.decode(EmojiPattern.PACKED));
    }
    return emoji;
  }

  static boolean isHashtagChar(int codePoint) {
    if (hashtagChar == null) {
      hashtagChar = TextPlatform.compile("^[" + HASHTAG_CHARS + "]$");
    }
    return TextPlatform.find(hashtagChar, new String(Character.toChars(codePoint)), 0) != null;
  }
}
