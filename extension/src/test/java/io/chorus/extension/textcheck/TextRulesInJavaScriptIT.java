package io.chorus.extension.textcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twitter.twittertext.TwitterTextEmojiRegex;
import io.chorus.shared.text.EmojiSequences;
import io.chorus.shared.text.GeneratedPosts;
import io.chorus.shared.text.Hashtags;
import io.chorus.shared.text.ReferenceTwitterText;
import io.chorus.shared.text.TextAnswers;
import io.chorus.shared.text.TextCases;
import io.chorus.shared.text.TextPlatform;
import io.chorus.shared.text.TextSpan;
import io.chorus.shared.text.XWeightedLength;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The shared text rules as the browser runs them: textcheck.js, compiled by the same GWT run, flags and
 * linker as the extension's scripts, is run in Node (V8, like Chromium) on twitter-text's conformance
 * files, Chorus's own cases, generated posts and every emoji sequence; the answers are checked here,
 * case by case, against the files and against twitter-text's Java build.
 */
class TextRulesInJavaScriptIT {
  private static final Path SCRIPT = Path.of(System.getProperty("textcheck.script",
      "target/gwt/textcheck/textcheck.js"));
  private static final Path RUNNER = Path.of(System.getProperty("textcheck.runner",
      "src/test/node/text-check.js"));
  private static final String NODE = System.getProperty("node.executable", "node");
  /** The same posts as the JVM's TwitterTextReferenceTest. */
  private static final long SEED = 20261201L;
  private static final int POSTS = 2000;

  private static final Map<String, TextAnswers> answers = new HashMap<>();
  private static String classes;
  private static List<String> posts;
  private static List<String> emojiProbes;

  @BeforeAll
  static void runTheCompiledRulesInNode(@TempDir Path dir) throws Exception {
    posts = GeneratedPosts.generate(SEED, POSTS);
    emojiProbes = new ArrayList<>();
    for (String sequence : EmojiSequences.of(TwitterTextEmojiRegex.VALID_EMOJI_PATTERN.pattern())) {
      emojiProbes.add(sequence);
      emojiProbes.add("a" + sequence + "\ufe0e b");
      emojiProbes.add(sequence + sequence);
    }
    LinkedHashSet<String> texts = new LinkedHashSet<>();
    for (String file : List.of(TextCases.EXTRACT, TextCases.VALIDATE, TextCases.CHORUS)) {
      for (TextCases.Case c : TextCases.all(file)) {
        texts.add(c.text());
      }
    }
    texts.addAll(posts);
    texts.addAll(emojiProbes);
    List<String> input = new ArrayList<>(texts);

    Path in = dir.resolve("input.json");
    Path out = dir.resolve("output.json");
    Files.writeString(in, json(input), StandardCharsets.US_ASCII);
    assertTrue(Files.isRegularFile(SCRIPT), SCRIPT.toAbsolutePath() + " (built by the GWT compile in prepare-package)");
    Process node = new ProcessBuilder(NODE, RUNNER.toString(), SCRIPT.toString(), in.toString(), out.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile()).start();
    assertTrue(node.waitFor(5, TimeUnit.MINUTES), "node finished");
    assertEquals(0, node.exitValue(), () -> "node failed: " + read(dir.resolve("node.log")));

    Map<String, Object> output = parse(Files.readString(out, StandardCharsets.US_ASCII));
    List<Map<String, Object>> list = cast(output.get("answers"));
    assertEquals(input.size(), list.size());
    for (int i = 0; i < input.size(); i++) {
      answers.put(input.get(i), answers(list.get(i)));
    }
    classes = (String) output.get("classes");
  }

  static Stream<Arguments> extract() {
    return arguments(TextCases.all(TextCases.EXTRACT));
  }

  static Stream<Arguments> validate() {
    return arguments(TextCases.all(TextCases.VALIDATE));
  }

  static Stream<Arguments> chorus() {
    return arguments(TextCases.all(TextCases.CHORUS));
  }

  @DisplayName("In JavaScript, extract.yml: hashtags and URLs (with offsets) are found exactly where twitter-text finds them")
  @ParameterizedTest(name = "{0} — {1}")
  @MethodSource("extract")
  void extractYml(String section, String description, TextCases.Case c) {
    answers.get(c.text()).check(c);
  }

  @DisplayName("In JavaScript, validate.yml: weighted length, validity and ranges match twitter-text; hashtags valid as it says")
  @ParameterizedTest(name = "{0} — {1}")
  @MethodSource("validate")
  void validateYml(String section, String description, TextCases.Case c) {
    answers.get(c.text()).check(c);
  }

  @DisplayName("In JavaScript, chorus-cases.yml: the posts the earlier rules got wrong get X's answer")
  @ParameterizedTest(name = "{0} — {1}")
  @MethodSource("chorus")
  void chorusCasesYml(String section, String description, TextCases.Case c) {
    answers.get(c.text()).check(c);
  }

  @Test
  @DisplayName("In JavaScript, 2,000 generated posts get twitter-text's hashtags, URLs and weighted length exactly")
  void generatedPostsMatchTwitterText() {
    List<String> differences = new ArrayList<>();
    for (String post : posts) {
      TextAnswers theirs = ReferenceTwitterText.ofV3(post);
      TextAnswers js = answers.get(post);
      TextAnswers ours = new TextAnswers(js.hashtags(), js.urls(), null, null, js.v3(), js.validHashtag());
      if (!theirs.equals(ours)) {
        differences.add(post + "\n  twitter-text: " + theirs + "\n  javascript:   " + ours);
      }
    }
    assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())),
        differences.size() + " of " + posts.size() + " posts differ");
  }

  @Test
  @DisplayName("In JavaScript, every emoji sequence twitter-text knows (alone, in text, twice) weighs what it says")
  void emojiSequencesMatchTwitterText() {
    List<String> differences = new ArrayList<>();
    for (String probe : emojiProbes) {
      XWeightedLength.Result theirs = ReferenceTwitterText.ofV3(probe).v3();
      if (!theirs.equals(answers.get(probe).v3())) {
        differences.add(probe + ": twitter-text " + theirs + ", javascript " + answers.get(probe).v3());
      }
    }
    assertTrue(emojiProbes.size() > 3000, emojiProbes.size() + " probes");
    assertEquals(List.of(), differences.subList(0, Math.min(10, differences.size())));
  }

  @Test
  @DisplayName("In JavaScript, every code point is a hashtag letter, a hashtag character or neither as on the JVM (where the JVM's Unicode knows it)")
  void hashtagClassesMatchTheJvm() {
    List<String> differences = new ArrayList<>();
    int i = 0;
    int compared = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        continue;
      }
      char js = classes.charAt(i++);
      // Letters Unicode added after the JVM's version (Java 17: Unicode 13) are letters to V8 only.
      if (Character.getType(cp) == Character.UNASSIGNED) {
        continue;
      }
      compared++;
      char jvm = '0';
      if (TextPlatform.isHashtagChar(cp)) {
        jvm = Hashtags.spans("#" + new String(Character.toChars(cp))).isEmpty() ? '1' : '2';
      }
      if (js != jvm && differences.size() < 20) {
        differences.add(Integer.toHexString(cp) + " js " + js + " jvm " + jvm);
      }
    }
    assertEquals(classes.length(), i);
    assertTrue(compared > 100_000, compared + " code points compared");
    assertEquals(List.of(), differences);
  }

  // --- Plumbing: JSON in (ASCII, every other character escaped), JSON out (read as YAML) ---------------

  private static Stream<Arguments> arguments(List<TextCases.Case> cases) {
    return cases.stream().map(c -> Arguments.of(c.section(), c.description(), c));
  }

  private static TextAnswers answers(Map<String, Object> a) {
    return new TextAnswers(spans(a.get("hashtags")), spans(a.get("urls")), result(a.get("v1")),
        result(a.get("v2")), result(a.get("v3")), (Boolean) a.get("validHashtag"));
  }

  private static List<TextSpan> spans(Object list) {
    List<TextSpan> spans = new ArrayList<>();
    for (Map<String, Object> s : TextRulesInJavaScriptIT.<List<Map<String, Object>>>cast(list)) {
      spans.add(new TextSpan((Integer) s.get("start"), (Integer) s.get("end"), (String) s.get("value")));
    }
    return spans;
  }

  private static XWeightedLength.Result result(Object map) {
    Map<String, Object> r = cast(map);
    return new XWeightedLength.Result((Integer) r.get("weightedLength"), (Integer) r.get("permillage"),
        (Boolean) r.get("valid"), (Integer) r.get("displayRangeStart"), (Integer) r.get("displayRangeEnd"),
        (Integer) r.get("validRangeStart"), (Integer) r.get("validRangeEnd"));
  }

  private static String json(List<String> texts) {
    StringBuilder sb = new StringBuilder("[");
    for (String text : texts) {
      if (sb.length() > 1) {
        sb.append(",\n");
      }
      sb.append('"');
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c < 0x20 || c > 0x7e) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      sb.append('"');
    }
    return sb.append("]").toString();
  }

  private static Map<String, Object> parse(String json) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(256 * 1024 * 1024);
    return cast(new Yaml(options).load(json));
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
