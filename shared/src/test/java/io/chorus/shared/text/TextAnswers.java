package io.chorus.shared.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the text rules say of one text: its hashtags and URLs with offsets, its weighted length
 * under twitter-text's configurations v1, v2 and v3, and whether it is one valid hashtag. Computed by
 * the port on the JVM ({@link #of}), by the compiled JavaScript (the extension's test reads them back)
 * or by twitter-text itself ({@link ReferenceTwitterText}), and compared with a case's expectation.
 */
public record TextAnswers(List<TextSpan> hashtags, List<TextSpan> urls, XWeightedLength.Result v1,
    XWeightedLength.Result v2, XWeightedLength.Result v3, boolean validHashtag) {

  /** What the port says on this JVM. */
  public static TextAnswers of(String text) {
    return new TextAnswers(Hashtags.spans(text), Urls.extract(text),
        XWeightedLength.parse(text, XWeightedLength.V1), XWeightedLength.parse(text, XWeightedLength.V2),
        XWeightedLength.parse(text, XWeightedLength.V3), isValidHashtag(text));
  }

  /** Hashtags, URLs and the v3 weighted length (what Chorus uses; v1 and v2 answers left null). */
  public static TextAnswers ofV3(String text) {
    return new TextAnswers(Hashtags.spans(text), Urls.extract(text), null, null,
        XWeightedLength.parse(text), isValidHashtag(text));
  }

  /** twitter-text's isValidHashtag(text): the text is a sign and exactly one hashtag. */
  public static boolean isValidHashtag(String text) {
    return text != null && (text.startsWith("#") || text.startsWith("\uFF03")) && Hashtags.isValidTag(text);
  }

  /** Asserts that these answers give what the case expects (only the part its section checks). */
  public void check(TextCases.Case c) {
    String why = c.section() + ": " + c.description();
    switch (c.kind()) {
      case HASHTAGS -> assertEquals(c.expected(), values(hashtags), why);
      case HASHTAGS_WITH_INDICES -> assertEquals(spans(c.expected(), "hashtag"), hashtags, why);
      case URLS -> assertEquals(c.expected(), values(urls), why);
      case URLS_WITH_INDICES -> assertEquals(spans(c.expected(), "url"), urls, why);
      case VALID_HASHTAG -> assertEquals(c.expected(), validHashtag, why);
      case VALID_TWEET_V1 -> assertEquals(c.expected(), v1.valid(), why);
      case WEIGHTED_V2 -> assertEquals(c.expected(), fields(v2, c.expected()), why);
      case WEIGHTED_V3 -> assertEquals(c.expected(), fields(v3, c.expected()), why);
    }
  }

  private static List<String> values(List<TextSpan> spans) {
    List<String> values = new ArrayList<>();
    for (TextSpan span : spans) {
      values.add(span.value());
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static List<TextSpan> spans(Object expected, String key) {
    List<TextSpan> spans = new ArrayList<>();
    for (Map<String, Object> entry : (List<Map<String, Object>>) expected) {
      List<Integer> indices = (List<Integer>) entry.get("indices");
      spans.add(new TextSpan(indices.get(0), indices.get(1), (String) entry.get(key)));
    }
    return spans;
  }

  /** The fields of a result that an expectation names (Chorus's cases name only some). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fields(XWeightedLength.Result r, Object expected) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("weightedLength", r.weightedLength());
    all.put("valid", r.valid());
    all.put("permillage", r.permillage());
    all.put("displayRangeStart", r.displayRangeStart());
    all.put("displayRangeEnd", r.displayRangeEnd());
    all.put("validRangeStart", r.validRangeStart());
    all.put("validRangeEnd", r.validRangeEnd());
    Map<String, Object> named = new LinkedHashMap<>();
    for (String key : ((Map<String, Object>) expected).keySet()) {
      named.put(key, all.get(key));
    }
    return named;
  }
}
