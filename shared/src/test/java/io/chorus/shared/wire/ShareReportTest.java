package io.chorus.shared.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.Network;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareReportTest {

  private static Map<String, Object> report() {
    Map<String, Object> m = new HashMap<>();
    m.put("contentId", 12L);
    m.put("network", "linkedin");
    m.put("postUrl", "https://www.linkedin.com/feed/update/urn:li:activity:7260000000000000001/");
    m.put("postedText", "Proud of this #acme");
    return m;
  }

  @Test
  @DisplayName("A well-formed report decodes with its network and post URL")
  void decodesAGoodReport() {
    ShareReport r = ShareReport.read(new MapReader(report()));
    assertEquals(12L, r.contentId());
    assertEquals(Network.LINKEDIN, r.network());
    assertTrue(r.postUrl().contains("urn:li:activity"));
  }

  @DisplayName("A bad report is refused, naming the field at fault")
  @ParameterizedTest(name = "{0} = {1} → refused on {0}")
  @CsvSource(delimiter = '|', textBlock = """
      contentId  | -3                                   | long
      contentId  | twelve                               | string
      network    | facebook                             | string
      postUrl    | https://evil.example/feed/update/1/  | string
      postUrl    | http://www.linkedin.com/feed/        | string
      postUrl    | https://x.com/acme/status/1          | string
      surprise   | 1                                    | long
      """)
  void refusesBadFields(String field, String value, String type) {
    Map<String, Object> m = report();
    m.put(field, type.equals("long") ? (Object) Long.parseLong(value) : value);
    WireException e = assertThrows(WireException.class, () -> ShareReport.read(new MapReader(m)));
    assertEquals(field, e.field());
  }

  @Test
  @DisplayName("A report without a post URL or text is still a report (not every site shows the link)")
  void postUrlIsOptional() {
    Map<String, Object> m = report();
    m.remove("postUrl");
    m.remove("postedText");
    assertEquals(Network.LINKEDIN, ShareReport.read(new MapReader(m)).network());
  }

  @DisplayName("Idempotency keys are 8–100 URL-safe characters")
  @ParameterizedTest(name = "\"{0}\" valid: {1}")
  @CsvSource({
      "3f2b8c1e-9a4d-4e0f-8b1a-2c3d4e5f6a7b, true",
      "short, false",
      "has space in it, false",
      "semi;colon;key, false",
  })
  void validatesKeys(String key, boolean valid) {
    assertEquals(valid, ShareReport.isValidKey(key));
    assertFalse(ShareReport.isValidKey("k".repeat(101)));
  }

  private static Map<String, Object> withText(String network, String text) {
    Map<String, Object> m = report();
    m.put("network", network);
    m.remove("postUrl");
    m.put("postedText", text);
    return m;
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> postedTexts() {
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("X, 280 weighted characters", "x", "a".repeat(280), true),
        org.junit.jupiter.params.provider.Arguments.of("X, 281 weighted characters", "x", "a".repeat(281), false),
        org.junit.jupiter.params.provider.Arguments.of("X, 140 CJK characters (weight 2)", "x", "日".repeat(140), true),
        org.junit.jupiter.params.provider.Arguments.of("X, 141 CJK characters (weight 2)", "x", "日".repeat(141), false),
        org.junit.jupiter.params.provider.Arguments.of("LinkedIn, 3,000 characters", "linkedin", "a".repeat(3000), true),
        org.junit.jupiter.params.provider.Arguments.of("LinkedIn, 3,001 characters", "linkedin", "a".repeat(3001), false),
        org.junit.jupiter.params.provider.Arguments.of("LinkedIn, 3,000 emoji (6,000 UTF-16 units)", "linkedin",
            "😀".repeat(3000), true),
        org.junit.jupiter.params.provider.Arguments.of("LinkedIn, lines and tabs", "linkedin", "Proud!\n\n\tOur lab", true),
        org.junit.jupiter.params.provider.Arguments.of("empty", "linkedin", "", false),
        org.junit.jupiter.params.provider.Arguments.of("blank", "x", " \n\t ", false),
        org.junit.jupiter.params.provider.Arguments.of("a lone surrogate", "linkedin", "Proud \uD83D of this", false),
        org.junit.jupiter.params.provider.Arguments.of("a NUL", "x", "Proud\u0000", false),
        org.junit.jupiter.params.provider.Arguments.of("a carriage return", "x", "Proud\r\nof this", false));
  }

  @DisplayName("Posted text: within the network's own limit as it counts, not blank, well-formed, no controls")
  @ParameterizedTest(name = "{0}: accepted {3}")
  @org.junit.jupiter.params.provider.MethodSource("postedTexts")
  void postedTextRules(String what, String network, String text, boolean accepted) {
    Map<String, Object> m = withText(network, text);
    if (accepted) {
      assertEquals(text.trim(), ShareReport.read(new MapReader(m)).postedText(), what);
    } else {
      WireException e = assertThrows(WireException.class, () -> ShareReport.read(new MapReader(m)), what);
      assertEquals("postedText", e.field());
      assertTrue(e.getMessage().startsWith("'postedText' "), e.getMessage());
    }
  }

  @Test
  @DisplayName("Over X's limit, the refusal says how X counted it")
  void overTheLimitSaysHowItCounted() {
    WireException e = assertThrows(WireException.class,
        () -> ShareReport.read(new MapReader(withText("x", "a".repeat(281)))));
    assertEquals("'postedText' is 281 characters as X counts them; X allows 280.", e.getMessage());
  }
}
