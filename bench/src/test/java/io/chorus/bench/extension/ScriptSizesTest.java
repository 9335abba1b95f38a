package io.chorus.bench.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The bench's script size table")
class ScriptSizesTest {
  @Test
  @DisplayName("Lists each .js file with its size and gzipped size; a content script of 40 KB or more is flagged")
  void sizes(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("linkedin.js"), "a".repeat(41_000).getBytes());
    Files.write(dir.resolve("x.js"), "b".repeat(1_000).getBytes());
    Files.write(dir.resolve("worker.js"), "c".repeat(90_000).getBytes());
    Files.write(dir.resolve("linkedin.js.map"), "{}".getBytes());

    List<ScriptSizes.Script> scripts = ScriptSizes.of(dir);

    assertEquals(List.of("linkedin.js", "worker.js", "x.js"), scripts.stream().map(ScriptSizes.Script::name).toList());
    assertEquals(41_000, scripts.get(0).bytes());
    assertTrue(scripts.get(0).gzipped() < 200, "a run of one letter packs small");
    assertFalse(scripts.get(0).withinLimit());
    assertTrue(scripts.get(1).withinLimit(), "the worker is not a content script");
    assertTrue(scripts.get(2).withinLimit());
    assertTrue(ScriptSizes.table(scripts).contains("linkedin.js         41000"), ScriptSizes.table(scripts));
  }
}
