package io.chorus.shared.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hashtags as X finds them (twitter-text 3.1.0): '#' or '＃' after the start, a space, punctuation or
 * an emoji (not after a letter, a digit or '&'), then letters, marks, digits, '_' and a few joiners
 * (#il·lusió, #ハッシュ・タグ), with at least one letter; not "#tag#two" nor "#tag://", not the "#"
 * of a keycap #️⃣, not inside a URL. Tags are compared as the networks compare them: NFC, case-folded,
 * either sign. Shared so the extension recognises a contest hashtag in a post exactly as the server
 * scores it, and so a liaison can only launch a contest on a tag X would link.
 *
 * <p>A port of twitter-text's {@code Extractor.extractHashtagsWithIndices} and
 * {@code Validator.isValidHashtag} (Apache License 2.0, see NOTICE-twitter-text.md), checked against
 * its conformance files on the JVM and in the browser build.
 */
public final class Hashtags {
  private Hashtags() {}

  /**
   * Every hashtag of a text as X finds it, in order, with its offsets (the sign included) and as
   * written (without the sign, not normalised, repeats kept).
   */
  public static List<TextSpan> spans(String text) {
    List<TextSpan> tags = new ArrayList<>();
    if (text == null || (text.indexOf('#') < 0 && text.indexOf('\uFF03') < 0)) {
      return tags;
    }
    int from = 0;
    while (from <= text.length()) {
      int[] m = TextPlatform.find(TextPatterns.hashtag(), text, from);
      if (m == null) {
        break;
      }
      from = m[1];
      int tagStart = m[2 * TextPatterns.HASHTAG_GROUP_TAG];
      int tagEnd = m[2 * TextPatterns.HASHTAG_GROUP_TAG + 1];
      if (text.startsWith("#", tagEnd) || text.startsWith("\uFF03", tagEnd) || text.startsWith("://", tagEnd)) {
        // "#tag#two" and "#http://…" are no hashtags.
        continue;
      }
      tags.add(new TextSpan(tagStart - 1, tagEnd, text.substring(tagStart, tagEnd)));
    }
    if (!tags.isEmpty() && text.indexOf('.') >= 0) {
      removeThoseInUrls(tags, Urls.extract(text));
    }
    return tags;
  }

  /**
   * The distinct hashtags of a text, normalised as the networks compare them ({@link #normalize}), in
   * order of first appearance.
   */
  public static List<String> extract(String text) {
    List<String> tags = new ArrayList<>();
    for (TextSpan span : spans(text)) {
      String tag = fold(span.value());
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    return tags;
  }

  /**
   * Whether a post carries the hashtag, compared as the networks compare them: NFC, case-folded, with
   * '#' or '＃' (or none) in front of {@code tag}. A tag inside a URL or glued to a word does not count.
   */
  public static boolean carries(String text, String tag) {
    if (tag == null) {
      return false;
    }
    String wanted = normalize(tag);
    if (wanted.isEmpty()) {
      return false;
    }
    for (TextSpan span : spans(text)) {
      if (fold(span.value()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** The same as {@link #carries}. */
  public static boolean contains(String text, String tag) {
    return carries(text, tag);
  }

  /**
   * Whether a campaign hashtag is one X would link (twitter-text's {@code isValidHashtag}): with or
   * without its sign, exactly one hashtag and nothing else — no spaces, not all digits, no
   * punctuation except the joiners hashtags allow.
   */
  public static boolean isValidTag(String tag) {
    if (tag == null) {
      return false;
    }
    String body = tag.startsWith("#") || tag.startsWith("\uFF03") ? tag.substring(1) : tag;
    if (body.isEmpty()) {
      return false;
    }
    List<TextSpan> found = spans("#" + body);
    return found.size() == 1 && found.get(0).value().equals(body);
  }

  /** Whether a campaign hashtag is valid once the spaces around it are trimmed ({@link #isValidTag}). */
  public static boolean isValid(String tag) {
    return tag != null && isValidTag(tag.trim());
  }

  /**
   * A tag as compared: without spaces around it or a leading '#' or '＃', NFC, case-folded (so
   * "#Straße", "#STRASSE" and "＃strasse" are one tag).
   */
  public static String normalize(String tag) {
    return fold(strip(tag));
  }

  /** A tag as written, without a leading '#' or '＃' (CamelCase kept: screen readers need it). */
  public static String strip(String tag) {
    String t = tag.trim();
    if (t.startsWith("#") || t.startsWith("\uFF03")) {
      t = t.substring(1);
    }
    return t;
  }

  /** NFC, then full case folding as upper- then lower-casing approximates it (ß → ss, ς → σ). */
  private static String fold(String tag) {
    return TextPlatform.nfc(TextPlatform.nfc(tag).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
  }

  /**
   * twitter-text's removeOverlappingEntities: taken in order of start (a hashtag before a URL that
   * starts at the same place), an entity that begins inside the last one kept is dropped; of what is
   * kept, the hashtags stay. Both lists are already in order of start.
   */
  private static void removeThoseInUrls(List<TextSpan> tags, List<TextSpan> urls) {
    if (urls.isEmpty()) {
      return;
    }
    List<TextSpan> found = new ArrayList<>(tags);
    tags.clear();
    int t = 0;
    int u = 0;
    int keptEnd = -1;
    while (t < found.size() || u < urls.size()) {
      boolean tagNext = u == urls.size()
          || (t < found.size() && found.get(t).start() <= urls.get(u).start());
      TextSpan next = tagNext ? found.get(t++) : urls.get(u++);
      if (keptEnd > next.start()) {
        continue;
      }
      keptEnd = next.end();
      if (tagNext) {
        tags.add(next);
      }
    }
  }
}
