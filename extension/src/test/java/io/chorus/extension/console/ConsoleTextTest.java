package io.chorus.extension.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The console's words: where an error goes, how it reads, labels, pages")
class ConsoleTextTest {

  @DisplayName("A refused field is found in the answer's field, else in the message's quotes; other codes name none")
  @ParameterizedTest(name = "{0}: \"{1}\" (field {2}) → {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      invalid_field       | 'xShare' must be a whole number from 0 to 10000. | -        | xShare
      unknown_field       | Unknown field 'colour'.                          | -        | colour
      invalid_field       | 'reason' is required.                            | note     | note
      invalid_field       | The request needs a JSON object body.            | -        | -
      invalid_field       | 'two words' is odd.                              | -        | -
      bad_credentials     | That email and password do not match an account. | -        | -
      unknown_colleague   | There is no such colleague in your company.      | -        | -
      """)
  void findsTheField(String code, String message, String field, String expected) {
    assertEquals(expected, ApiProblem.of(422, code, message, field).field());
  }

  @DisplayName("Next to its own field a message drops the field's name")
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      'dailyCap' must be a whole number from 1 to 10000. | Must be a whole number from 1 to 10000.
      'reason' is required.                              | Required.
      'name' is longer than 100 characters.              | Longer than 100 characters.
      'email' is not an email address.                   | Not an email address.
      """)
  void fieldMessages(String message, String shown) {
    assertEquals(shown, ApiProblem.of(400, "invalid_field", message, null).fieldMessage());
  }

  @Test
  @DisplayName("An answer without a message gets the code's own words; an unknown code says the status")
  void defaultMessages() {
    assertEquals("This has already been voided.", ApiProblem.of(409, "already_voided", null, null).message());
    assertEquals("The server answered 418.", ApiProblem.of(418, "teapot", "", null).message());
    assertEquals(0, ApiProblem.unreachable().status());
  }

  @DisplayName("Ledger kinds read as words; a kind this build does not know is shown, not hidden")
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      share           | Share
      fresh_bonus     | Fresh bonus
      own_words_bonus | Own-words bonus
      reversal        | Void
      contest_entry   | Contest entry
      prize_draw      | prize draw
      """)
  void kinds(String kind, String label) {
    assertEquals(label, Labels.kind(kind));
  }

  @Test
  @DisplayName("Points read with a real minus sign and the right plural")
  void points() {
    assertEquals("+10", Labels.signedPoints(10));
    assertEquals("\u221215", Labels.signedPoints(-15));
    assertEquals("0", Labels.signedPoints(0));
    assertEquals("1 pt", Labels.points(1));
    assertEquals("\u221215 pts", Labels.points(-15));
    assertEquals("X", Labels.network("x"));
    assertEquals("LinkedIn", Labels.network("linkedin"));
  }

  @DisplayName("Last seen: never, just now (even a little in the future), minutes, hours, yesterday, days")
  @ParameterizedTest(name = "{0} ms ago → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      -5000     | just now
      59999     | just now
      60000     | 1 min ago
      3599999   | 59 min ago
      3600000   | 1 h ago
      86400000  | yesterday
      172800000 | 2 days ago
      """)
  void lastSeen(long age, String shown) {
    long now = 1_800_000_000_000L;
    assertEquals(shown, Labels.lastSeen(now - age, now));
    assertEquals("never", Labels.lastSeen(0, now));
  }

  @Test
  @DisplayName("Paging: Older follows the server's cursor, Newer goes back exactly one page, a new search starts over")
  void pageCursors() {
    PageCursors cursors = new PageCursors();
    assertNull(cursors.current());
    assertFalse(cursors.hasPrevious());
    cursors.forward("41");
    cursors.forward("17");
    assertEquals("17", cursors.current());
    assertEquals(3, cursors.pageNumber());
    cursors.back();
    assertEquals("41", cursors.current());
    cursors.reset();
    assertNull(cursors.current());
    assertEquals(1, cursors.pageNumber());
    assertThrows(IllegalArgumentException.class, () -> cursors.forward(null));
  }

  @DisplayName("A typed rule travels as a number only when it is a whole number")
  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      12               | true
      -3               | true
      0                | true
      12.5             | false
      1e3              | false
      -                | false
      ' 7'             | false
      1234567890123456 | false
      """)
  void wholeNumbers(String typed, boolean number) {
    assertEquals(number, Inputs.wholeNumber(typed));
  }
}
