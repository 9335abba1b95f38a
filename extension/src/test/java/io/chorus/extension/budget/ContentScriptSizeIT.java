package io.chorus.extension.budget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

/**
 * The content scripts' size budget (issue 15): they load on every LinkedIn and X page, so each stays under
 * 40 KB as built (OBFUSCATED). A size is not a timing: it is the same on every machine, so it is checked on
 * every build, right after the GWT compile made the scripts. What pushes a script over is usually `long`
 * arithmetic, a collection or the shared text rules reaching the content script: see the notes in
 * {@code ContentController} and compose in the worker instead.
 */
@DisplayName("Each content script, as built, is under its 40 KB budget")
class ContentScriptSizeIT {
  static final long BUDGET = 40 * 1024;
  private static final Path FOLDER = Path.of(System.getProperty("extension.dir", "target/chorus-extension"));

  @ParameterizedTest(name = "{0} is under 40 KB")
  @ValueSource(strings = {"linkedin.js", "x.js"})
  void underBudget(String script) throws IOException {
    long size = Files.size(FOLDER.resolve(script));
    assertTrue(size < BUDGET, script + " is " + size + " bytes; the budget is " + BUDGET + " ("
        + (size - BUDGET) + " over)");
  }
}
