package io.chorus.shared.text;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import com.twitter.twittertext.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * What twitter-text 3.1.0 itself (its Java build, a test-only dependency) says of a text, in the
 * shape of {@link TextAnswers}, so the port can be compared with it on any text.
 */
public final class ReferenceTwitterText {
  private static final Extractor EXTRACTOR = new Extractor();
  private static final Validator VALIDATOR = new Validator();
  private static final TwitterTextConfiguration V3 = TwitterTextConfiguration.getDefaultConfig();
  /** config/v2.json: v3 without emoji parsing. */
  private static final TwitterTextConfiguration V2 = new TwitterTextConfiguration.Builder()
      .setVersion(2).setMaxWeightedTweetLength(280).setScale(100).setDefaultWeight(200)
      .setEmojiParsingEnabled(false).setTransformedURLLength(23).setRanges(V3.getRanges()).build();
  /** config/v1.json: 140 code points. */
  private static final TwitterTextConfiguration V1 = new TwitterTextConfiguration.Builder()
      .setVersion(1).setMaxWeightedTweetLength(140).setScale(1).setDefaultWeight(1)
      .setEmojiParsingEnabled(false).setTransformedURLLength(23).setRanges(new ArrayList<>()).build();

  private ReferenceTwitterText() {}

  public static TextAnswers of(String text) {
    return new TextAnswers(spans(EXTRACTOR.extractHashtagsWithIndices(text)),
        spans(EXTRACTOR.extractURLsWithIndices(text)), result(TwitterTextParser.parseTweet(text, V1)),
        result(TwitterTextParser.parseTweet(text, V2)), result(TwitterTextParser.parseTweet(text)),
        VALIDATOR.isValidHashtag(text));
  }

  /** Hashtags, URLs and the v3 weighted length (what Chorus uses; v1 and v2 answers left null). */
  public static TextAnswers ofV3(String text) {
    return new TextAnswers(hashtags(text), spans(EXTRACTOR.extractURLsWithIndices(text)), null, null,
        result(TwitterTextParser.parseTweet(text)), VALIDATOR.isValidHashtag(text));
  }

  public static List<TextSpan> hashtags(String text) {
    return spans(EXTRACTOR.extractHashtagsWithIndices(text));
  }

  private static List<TextSpan> spans(List<Extractor.Entity> entities) {
    List<TextSpan> spans = new ArrayList<>();
    for (Extractor.Entity e : entities) {
      spans.add(new TextSpan(e.getStart(), e.getEnd(), e.getValue()));
    }
    return spans;
  }

  private static XWeightedLength.Result result(TwitterTextParseResults r) {
    return new XWeightedLength.Result(r.weightedLength, r.permillage, r.isValid,
        r.displayTextRange.start, r.displayTextRange.end, r.validTextRange.start, r.validTextRange.end);
  }
}
