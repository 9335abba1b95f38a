package io.chorus.shared.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.shared.wire.WireText.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("What a text in a request may hold: well-formed, no controls, one line or several, no bidi controls where others see it")
class WireTextTest {

  static Stream<Arguments> table() {
    // text, TEXT, MESSAGE, LINE, NAME: true when accepted
    return Stream.of(
        Arguments.of("plain", "Jānis Bērziņš", true, true, true, true),
        Arguments.of("CJK and an emoji pair", "東京オフィス 👩‍👩‍👧", true, true, true, true),
        Arguments.of("Arabic with a right-to-left mark", "مرحبا\u200F بالعالم", true, true, true, true),
        Arguments.of("a flag (surrogate pairs only)", "\uD83C\uDDF1\uD83C\uDDFB", true, true, true, true),
        Arguments.of("a line feed", "one\ntwo", true, true, false, false),
        Arguments.of("a tab", "one\ttwo", true, true, false, false),
        Arguments.of("a line separator", "one\u2028two", true, true, false, false),
        Arguments.of("a carriage return", "one\r\ntwo", false, false, false, false),
        Arguments.of("NUL", "a\u0000b", false, false, false, false),
        Arguments.of("escape", "\u001B[31mred", false, false, false, false),
        Arguments.of("DEL", "a\u007Fb", false, false, false, false),
        Arguments.of("a C1 control (NEL)", "a\u0085b", false, false, false, false),
        Arguments.of("a lone high surrogate", "a\uD800b", false, false, false, false),
        Arguments.of("a lone low surrogate", "a\uDC00b", false, false, false, false),
        Arguments.of("a high surrogate at the end", "ab\uD83D", false, false, false, false),
        Arguments.of("surrogates in the wrong order", "\uDE00\uD83D", false, false, false, false),
        Arguments.of("a right-to-left override", "Eve\u202Eevil", true, false, true, false),
        Arguments.of("a left-to-right embedding", "\u202Aname", true, false, true, false),
        Arguments.of("a first-strong isolate", "\u2068name\u2069", true, false, true, false));
  }

  @DisplayName("Each kind accepts exactly what it should")
  @ParameterizedTest(name = "{0}: TEXT {2}, MESSAGE {3}, LINE {4}, NAME {5}")
  @MethodSource("table")
  void kinds(String what, String text, boolean asText, boolean asMessage, boolean asLine, boolean asName) {
    assertEquals(asText, WireText.problem(text, Kind.TEXT) == null, what + " as TEXT");
    assertEquals(asMessage, WireText.problem(text, Kind.MESSAGE) == null, what + " as MESSAGE");
    assertEquals(asLine, WireText.problem(text, Kind.LINE) == null, what + " as LINE");
    assertEquals(asName, WireText.problem(text, Kind.NAME) == null, what + " as NAME");
  }

  @Test
  @DisplayName("A refusal names the field and the character: \"'postedText' contains a control character (U+0000)…\"")
  void refusalNamesFieldAndCharacter() {
    WireException e = assertThrows(WireException.class, () -> WireText.check("postedText", "a\u0000", Kind.TEXT));
    assertEquals("postedText", e.field());
    assertEquals("'postedText' contains a control character (U+0000); only line breaks and tabs are allowed.",
        e.getMessage());
    assertTrue(WireText.problem("x\uD800", Kind.TEXT).contains("lone surrogate U+D800"));
    assertTrue(WireText.problem("x\u202E", Kind.NAME).contains("U+202E"));
    assertTrue(WireText.problem("x\ny", Kind.LINE).contains("one line"));
  }

  @Test
  @DisplayName("Cleaning text read off a page keeps every character a post can hold and drops the rest")
  void cleaning() {
    assertEquals("one\ntwo\nthree\tfour 👍", WireText.clean("one\r\ntwo\rthree\tfour\u0000 \uD800👍\u0007"));
    String fine = "Proud of the team\n\nhttps://acme.example #AcmeEmployee \u202Eok";
    assertEquals(fine, WireText.clean(fine), "text that passes comes back as it was (bidi controls included)");
    assertNull(WireText.clean(null));
    assertNull(WireText.problem(WireText.clean("\uDFFF\u0001\r"), Kind.TEXT));
  }
}
