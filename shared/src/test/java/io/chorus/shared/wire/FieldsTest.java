package io.chorus.shared.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.chorus.shared.wire.WireText.Kind;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Fields.text: each request text checked by its kind, trimmed, bounded; names in NFC")
class FieldsTest {

  @Test
  @DisplayName("Names and lines come back trimmed and in NFC; messages trimmed but composed as sent")
  void trimmedAndComposed() {
    String decomposed = Normalizer.normalize("Jānis", Normalizer.Form.NFD);
    assertEquals("Jānis", Fields.text("name", "  " + decomposed + " ", Kind.NAME, 1, 10));
    assertEquals(decomposed, Fields.text("message", decomposed + "\n", Kind.MESSAGE, 1, 10));
  }

  @Test
  @DisplayName("Missing, blank, too short and too long are each refused, naming the field")
  void bounds() {
    assertEquals("'reason' is required.",
        assertThrows(WireException.class, () -> Fields.text("reason", null, Kind.MESSAGE, 3, 9)).getMessage());
    assertEquals("'reason' is required.",
        assertThrows(WireException.class, () -> Fields.text("reason", " \n ", Kind.MESSAGE, 3, 9)).getMessage());
    assertEquals("'reason' must be at least 3 characters.",
        assertThrows(WireException.class, () -> Fields.text("reason", " ab ", Kind.MESSAGE, 3, 9)).getMessage());
    assertEquals("'reason' is longer than 9 characters.",
        assertThrows(WireException.class, () -> Fields.text("reason", "abcdefghij", Kind.MESSAGE, 3, 9)).getMessage());
  }

  @Test
  @DisplayName("Every request record refuses a bidi override where others see the text, and a line break in a one-line field")
  void recordsUseTheirKinds() {
    assertEquals("value", assertThrows(WireException.class, () -> KudosRequest.read(WireReaders.of(
        Map.of("to", 2L, "value", "One\u202E team", "message", "Thanks")))).field());
    assertEquals("message", assertThrows(WireException.class, () -> KudosRequest.read(WireReaders.of(
        Map.of("to", 2L, "value", "One team", "message", "Thanks \u202Eevil")))).field());
    assertEquals("note", assertThrows(WireException.class, () -> SpotlightRequest.read(WireReaders.of(
        Map.of("employeeId", 2L, "note", "\u2066Great")))).field());
    assertEquals("reason", assertThrows(WireException.class, () -> VoidRequest.read(WireReaders.of(
        Map.of("reason", "dup\u0000licate")))).field());
    assertEquals("email", assertThrows(WireException.class, () -> SignInRequest.read(WireReaders.of(
        Map.of("email", "janis@acme.example\nliga@acme.example", "password", "x")))).field());
    assertEquals("password", assertThrows(WireException.class, () -> SignInRequest.read(WireReaders.of(
        Map.of("email", "janis@acme.example", "password", "chorus\u0000demo")))).field());
    assertEquals("Thanks\nfor everything", KudosRequest.read(WireReaders.of(
        Map.of("to", 2L, "value", "One team", "message", "Thanks\nfor everything "))).message());
  }
}
