package io.chorus.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeedScriptTest {
  @Test
  @DisplayName("the seed splits at semicolons that end a line and drops comment lines")
  void splitsAtSemicolonsThatEndALineAndDropsCommentLines() {
    List<String> statements = BenchDatabase.statements("""
        -- a comment; with a semicolon
        INSERT INTO a VALUES (';');
        SELECT 1
          FROM b;
        """);
    assertEquals(List.of("INSERT INTO a VALUES (';')", "SELECT 1\n  FROM b"), statements);
  }

  @Test
  @DisplayName("the seed writes every table a share touches")
  void theSeedWritesEveryTableAShareTouches() {
    List<String> statements = BenchDatabase.statements(BenchDatabase.resource("seed.sql"));
    for (String table : List.of("company", "scoring_rules", "employee", "content", "content_variant", "share",
        "ledger_entry", "idempotency_key", "tracked_link", "content_first_share", "points_day", "badge_award")) {
      assertTrue(statements.stream().anyMatch(s -> s.startsWith("INSERT INTO " + table + " ")), table);
    }
    statements.forEach(s -> assertFalse(s.isBlank()));
  }
}
