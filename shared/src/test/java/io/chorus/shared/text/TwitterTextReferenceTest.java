package io.chorus.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.TldLists;
import com.twitter.twittertext.TwitterTextEmojiRegex;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The port against twitter-text 3.1.0 itself (its Java build, a test-only dependency): the data it
 * carries is twitter-text's, its character classes are twitter-text's on every code point, and on
 * thousands of generated posts it finds the same hashtags and URLs and counts the same length.
 */
class TwitterTextReferenceTest {
  /** How many generated posts the JVM compares (the JavaScript test compares the same ones). */
  static final int POSTS = 2000;
  static final long SEED = 20261201L;

  @Test
  @DisplayName("The packed TLD lists decode to twitter-text's own lists, in its order")
  void tldListsAreTwitterTexts() {
    assertEquals(TldLists.GTLDS, Tlds.decode(Tlds.generic()));
    assertEquals(TldLists.CTLDS, Tlds.decode(Tlds.country()));
  }

  @Test
  @DisplayName("The packed emoji pattern decodes to twitter-text's own pattern, character for character")
  void emojiPatternIsTwitterTexts() {
    assertEquals(TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.pattern(), EmojiPattern.decode());
  }

  @Test
  @DisplayName("No emoji starts with a code point the weighted length skips: every first code point is a candidate")
  void emojiCandidatesAreSound() {
    Pattern emoji = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN;
    List<String> suffixes = List.of("", "\ufe0f", "\u20e3", "\ufe0f\u20e3", "\ud83c\udffb",
        "\u200d\u2640\ufe0f", "\ufe0f\u200d\u2640\ufe0f", "\ud83c\udffb\u200d\u2640\ufe0f");
    List<String> missed = new ArrayList<>();
    // Only code points the pattern mentions (alone or inside a range) can start a match.
    BitSet mentioned = mentionedCodePoints(emoji.pattern());
    int checked = mentioned.cardinality();
    for (int cp = mentioned.nextSetBit(0); cp >= 0; cp = mentioned.nextSetBit(cp + 1)) {
      for (String suffix : suffixes) {
        String text = new String(Character.toChars(cp)) + suffix;
        if (emoji.matcher(text).lookingAt() && !XWeightedLength.mayStartEmoji(cp)) {
          missed.add(Integer.toHexString(cp));
        }
      }
    }
    assertTrue(checked > 1000, checked + " code points checked");
    assertEquals(List.of(), missed);
  }

  @Test
  @DisplayName("'#', '*', a digit, '©' or '®' starts an emoji only with U+FE0F or U+20E3 right after it, whatever follows")
  void asciiStartsEmojiOnlyBeforeItsSuffix() {
    Pattern emoji = TwitterTextEmojiRegex.VALID_EMOJI_PATTERN;
    // The pattern has no negated class or dot: only a code point it mentions (alone or inside a range)
    // can follow the first in a match. A few others stand for the rest.
    BitSet mentioned = mentionedCodePoints(emoji.pattern());
    mentioned.set(' ');
    mentioned.set('a');
    mentioned.set('#');
    List<String> missed = new ArrayList<>();
    for (char first : "#*0123456789\u00a9\u00ae".toCharArray()) {
      assertTrue(!emoji.matcher(String.valueOf(first)).lookingAt(), first + " alone");
      for (int next = mentioned.nextSetBit(0); next >= 0; next = mentioned.nextSetBit(next + 1)) {
        if (next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE) {
          continue;
        }
        String text = first + new String(Character.toChars(next));
        Matcher m = emoji.matcher(text);
        // hitEnd: more text after these two could make a match, so they may begin one.
        if ((m.lookingAt() || m.hitEnd()) && !XWeightedLength.isEmojiSuffix(text, 1)) {
          missed.add(first + " U+" + Integer.toHexString(next));
        }
      }
    }
    assertTrue(mentioned.cardinality() > 1000, mentioned.cardinality() + " code points checked");
    assertEquals(List.of(), missed);
  }

  private static BitSet mentionedCodePoints(String pattern) {
    BitSet out = new BitSet();
    for (int i = 0; i < pattern.length(); ) {
      int first = pattern.codePointAt(i);
      i += Character.charCount(first);
      int last = first;
      if (i + 1 < pattern.length() && pattern.charAt(i) == '-' && pattern.charAt(i + 1) != ']') {
        last = pattern.codePointAt(i + 1);
        i += 1 + Character.charCount(last);
      }
      out.set(first, last + 1);
    }
    return out;
  }

  @Test
  @DisplayName("Every emoji sequence of twitter-text's pattern (and each with text around it) weighs what twitter-text says")
  void emojiSequencesWeighAsTwitterTextSays() {
    List<String> sequences = EmojiSequences.of(TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.pattern());
    List<String> differences = new ArrayList<>();
    for (String sequence : sequences) {
      for (String text : List.of(sequence, "a" + sequence + "\ufe0e b", sequence + sequence)) {
        if (!ReferenceTwitterText.ofV3(text).v3().equals(XWeightedLength.parse(text))) {
          differences.add(text);
        }
      }
    }
    assertTrue(sequences.size() > 1000, sequences.size() + " sequences");
    assertEquals(List.of(), differences);
  }

  @Test
  @DisplayName("On every code point, the hashtag letter and hashtag character classes are twitter-text's")
  void hashtagClassesMatchOnEveryCodePoint() throws Exception {
    String letters = privateString("HASHTAG_LETTERS_AND_MARKS");
    String chars = letters + privateString("HASHTAG_NUMERALS") + privateString("HASHTAG_SPECIAL_CHARS");
    StringBuilder every = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
        every.appendCodePoint(cp);
      }
    }
    List<String> differences = new ArrayList<>();
    differences.addAll(difference(every, "[" + letters + "]", "[" + TextPatterns.LETTERS + "]"));
    differences.addAll(difference(every, "[" + chars + "]", "[" + TextPatterns.HASHTAG_CHARS + "]"));
    assertEquals(List.of(), differences);
  }

  @Test
  @DisplayName("Around every BMP character, hashtags start, continue and end where twitter-text says")
  void hashtagsAroundEveryBmpCharacter() {
    List<String> differences = new ArrayList<>();
    for (int cp = 0; cp <= 0xFFFF; cp++) {
      String c = String.valueOf((char) cp);
      for (String text : List.of("#a" + c + "b", c + "#tag", "#" + c, "#tag" + c + "x")) {
        if (!ReferenceTwitterText.hashtags(text).equals(Hashtags.spans(text))) {
          differences.add(Integer.toHexString(cp) + " in " + text);
        }
      }
    }
    assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())));
  }

  @Test
  @DisplayName("On 2,000 generated posts, hashtags, URLs (with offsets) and weighted length match twitter-text exactly")
  void generatedPostsMatchTwitterText() {
    List<String> posts = GeneratedPosts.generate(SEED, POSTS);
    List<String> differences = new ArrayList<>();
    int withUrls = 0;
    int withTags = 0;
    for (String post : posts) {
      TextAnswers theirs = ReferenceTwitterText.ofV3(post);
      TextAnswers ours = TextAnswers.ofV3(post);
      if (!theirs.equals(ours)) {
        differences.add(post + "\n  twitter-text: " + theirs + "\n  chorus:       " + ours);
      }
      withUrls += theirs.urls().isEmpty() ? 0 : 1;
      withTags += theirs.hashtags().isEmpty() ? 0 : 1;
    }
    assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())),
        differences.size() + " of " + POSTS + " posts differ");
    // The corpus must exercise what it claims to.
    assertTrue(withUrls > POSTS / 3 && withTags > POSTS / 3, withUrls + " with URLs, " + withTags + " with tags");
  }

  /** The code points of {@code text} that one class matches and the other does not. */
  private static List<String> difference(CharSequence text, String theirs, String ours) {
    BitSet a = members(text, Pattern.compile(theirs));
    BitSet b = members(text, Pattern.compile(ours));
    a.xor(b);
    List<String> differences = new ArrayList<>();
    a.stream().limit(20).forEach(cp -> differences.add(Integer.toHexString(cp)));
    return differences;
  }

  private static BitSet members(CharSequence text, Pattern singleCharacterClass) {
    BitSet members = new BitSet();
    Matcher m = singleCharacterClass.matcher(text);
    while (m.find()) {
      members.set(Character.codePointAt(text, m.start()));
    }
    return members;
  }

  private static String privateString(String name) throws Exception {
    Field f = Class.forName("com.twitter.twittertext.Regex").getDeclaredField(name);
    f.setAccessible(true);
    return (String) f.get(null);
  }
}
