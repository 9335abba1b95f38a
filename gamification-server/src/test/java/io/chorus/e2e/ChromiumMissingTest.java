package io.chorus.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A machine without Chromium")
class ChromiumMissingTest {

  @Test
  @DisplayName("A browser test fails with one line naming the path and what to install, no stack trace")
  void oneLine() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ChromiumWithExtension.requireChromium(Path.of("/nonexistent/chromium")));

    assertEquals("Chromium not found at /nonexistent/chromium: apt-get install chromium chromium-driver"
        + " (or -Dchorus.e2e.chromium=/path/to/chromium)", e.getMessage());
    StringWriter printed = new StringWriter();
    e.printStackTrace(new PrintWriter(printed));
    assertEquals(1, printed.toString().lines().count(), printed.toString());
  }
}
