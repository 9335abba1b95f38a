package io.chorus.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.db.DatabaseLocator;
import io.chorus.server.db.DatabaseTarget;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Settings come from the environment, with defaults and clear errors")
class ServerConfigTest {

  @Test
  @DisplayName("With nothing set, a node listens on 127.0.0.1:8080 and seeds the demo into an empty database")
  void defaults() {
    ServerConfig c = ServerConfig.from(Map.of());
    assertEquals("127.0.0.1", c.httpHost());
    assertEquals(8080, c.httpPort());
    assertEquals("http://localhost:8080", c.publicUrl(8080));
    assertEquals(ServerConfig.DemoMode.AUTO, c.demo());
    assertEquals(8, c.dbPoolSize());
  }

  @Test
  @DisplayName("A bad value stops the node with a message naming the variable")
  void badValuesNameTheVariable() {
    ConfigException port = assertThrows(ConfigException.class,
        () -> ServerConfig.from(Map.of("CHORUS_HTTP_PORT", "eighty")));
    ConfigException demo = assertThrows(ConfigException.class,
        () -> ServerConfig.from(Map.of("CHORUS_DEMO", "maybe")));
    assertTrue(port.getMessage().contains("CHORUS_HTTP_PORT"));
    assertTrue(demo.getMessage().contains("CHORUS_DEMO"));
  }

  @Test
  @DisplayName("CHORUS_DATABASE_URL is parsed with its user, password and database")
  void parsesDatabaseUrl() {
    DatabaseTarget t = DatabaseTarget.parse("postgresql://chorus:s%40cret@db.internal:6543/advocacy");
    assertEquals(new DatabaseTarget("db.internal", 6543, "advocacy", "chorus", "s@cret"), t);
    assertEquals("postgresql://chorus@db.internal:6543/advocacy", t.describe());
    assertThrows(ConfigException.class, () -> DatabaseTarget.parse("mysql://x/y"));
  }

  @Test
  @DisplayName("A database URL that does not answer stops the node with a message that says so")
  void unreachableDatabaseIsExplained() {
    ServerConfig c = ServerConfig.from(Map.of("CHORUS_DATABASE_URL", "postgresql://postgres@127.0.0.1:1/chorus"));
    ConfigException e = assertThrows(ConfigException.class, () -> DatabaseLocator.locate(c));
    assertTrue(e.getMessage().contains("does not answer"), e.getMessage());
  }
}
