package io.chorus.shared.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Test cases in twitter-text's conformance format (tests → section → [{description, text, expected}]):
 * its own validate.yml and extract.yml, and Chorus's chorus-cases.yml. Shared by the JVM tests here and
 * by the extension's test that runs the same cases on the compiled JavaScript (this module's test-jar).
 */
public final class TextCases {
  /** twitter-text's conformance files, vendored unchanged with their licence. */
  public static final String VALIDATE = "/twitter-text/validate.yml";
  public static final String EXTRACT = "/twitter-text/extract.yml";
  /** Chorus's own cases: the ones that made the earlier rules disagree with X. */
  public static final String CHORUS = "/text/chorus-cases.yml";

  /** One entry of a conformance file; {@code expected} is as YAML read it (list, map, boolean). */
  public record Case(String file, String section, String description, String text, Object expected) {
    public Kind kind() {
      return kindOf(file, section);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /** What a section checks, and under which twitter-text configuration. */
  public enum Kind {
    HASHTAGS, HASHTAGS_WITH_INDICES, URLS, URLS_WITH_INDICES, VALID_HASHTAG, VALID_TWEET_V1,
    WEIGHTED_V2, WEIGHTED_V3
  }

  /** What a section checks (and under which twitter-text configuration), or null if Chorus skips it. */
  public static Kind kindOf(String file, String section) {
    if (file.equals(VALIDATE)) {
      return switch (section) {
        case "hashtags" -> Kind.VALID_HASHTAG;
        case "tweets" -> Kind.VALID_TWEET_V1;
        // twitter-text's own runners check this section with configuration v2 (emoji not discounted).
        case "WeightedTweetsCounterTest" -> Kind.WEIGHTED_V2;
        case "WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest" ->
            Kind.WEIGHTED_V3;
        default -> null; // usernames, lists, urls (isValidUrl): not ported, Chorus validates none of them
      };
    }
    return switch (section) {
      case "hashtags", "hashtags_from_astral" -> Kind.HASHTAGS;
      case "hashtags_with_indices" -> Kind.HASHTAGS_WITH_INDICES;
      case "urls", "tco_urls_with_params" -> Kind.URLS;
      case "urls_with_indices", "urls_with_directional_markers" -> Kind.URLS_WITH_INDICES;
      case "valid_hashtags" -> Kind.VALID_HASHTAG;
      case "weighted_length" -> Kind.WEIGHTED_V3;
      default -> null; // mentions, replies, cashtags: not ported, Chorus extracts none of them
    };
  }

  private TextCases() {}

  /** The cases of one section of a file. */
  public static List<Case> section(String file, String section) {
    List<Case> cases = new ArrayList<>();
    for (Map<String, Object> entry : entries(file, section)) {
      cases.add(new Case(file, section, (String) entry.get("description"), (String) entry.get("text"),
          entry.get("expected")));
    }
    if (cases.isEmpty()) {
      throw new IllegalStateException("no cases in " + file + " " + section);
    }
    return cases;
  }

  /** Every case Chorus runs: the sections it implements of each file. */
  public static List<Case> all(String file) {
    List<Case> cases = new ArrayList<>();
    for (String section : sections(file)) {
      if (kindOf(file, section) != null) {
        cases.addAll(section(file, section));
      }
    }
    return cases;
  }

  /** The section names of a file, in order. */
  public static List<String> sections(String file) {
    return new ArrayList<>(tests(file).keySet());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(String file, String section) {
    Object entries = tests(file).get(section);
    return entries == null ? List.of() : (List<Map<String, Object>>) entries;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> tests(String file) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(8 * 1024 * 1024);
    try (InputStream in = TextCases.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + file);
      }
      Map<String, Object> root = new Yaml(options).load(in);
      return (Map<String, Object>) root.get("tests");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
