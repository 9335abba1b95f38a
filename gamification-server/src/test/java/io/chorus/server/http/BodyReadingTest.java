package io.chorus.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The validation layer only holds if every route reads its body through {@link Requests#body}: a
 * route that decoded the body itself would take duplicate keys, NULs and lone surrogates again.
 */
@DisplayName("Every route reads its request body through Requests.body (strict JSON, every string checked)")
class BodyReadingTest {
  /** Ways to reach a request body or decode JSON text other than Requests.body. */
  private static final Pattern OTHER_WAYS = Pattern.compile(
      "\\.body\\(\\)\\s*\\.(asJson|asString|buffer|asPojo)|getBodyAs|Json\\.decode|new JsonObject\\(\\s*(ctx|buffer|body)"
          + "|\\.bodyHandler\\(|ObjectMapper");

  @Test
  @DisplayName("No server source but Requests touches a request body or decodes JSON text itself")
  void onlyRequestsReadsBodies() throws IOException {
    Path main = Path.of("src", "main", "java");
    assertTrue(Files.isDirectory(main), "run from the module directory: " + main.toAbsolutePath());
    try (Stream<Path> files = Files.walk(main)) {
      List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.endsWith(Path.of("http", "Requests.java")) && !p.endsWith(Path.of("http", "StrictJson.java")))
          .flatMap(BodyReadingTest::offendingLines)
          .toList();
      assertEquals(List.of(), offenders, "read bodies with Requests.body(ctx)");
    }
  }

  private static Stream<String> offendingLines(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return java.util.stream.IntStream.range(0, lines.size())
          .filter(i -> !lines.get(i).trim().startsWith("*") && !lines.get(i).trim().startsWith("//"))
          .filter(i -> OTHER_WAYS.matcher(lines.get(i)).find())
          .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).trim());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
