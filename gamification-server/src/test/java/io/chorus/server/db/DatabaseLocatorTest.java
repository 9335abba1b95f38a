package io.chorus.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.chorus.server.config.ServerConfig;
import io.chorus.server.support.Sql;
import io.chorus.server.support.TestDatabases;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The database named in CHORUS_DATABASE_URL")
class DatabaseLocatorTest {

  @Test
  @DisplayName("One that does not exist yet is created when its user may create databases, and the node runs on it")
  void missingDatabaseIsCreated() throws Exception {
    DatabaseTarget existing = TestDatabases.fresh("locator");
    DatabaseTarget missing = existing.withDatabase("chorus_t_created_" + UUID.randomUUID().toString().substring(0, 8));
    String password = missing.password() == null ? "" : ":" + java.net.URLEncoder.encode(missing.password(),
        java.nio.charset.StandardCharsets.UTF_8);
    String url = "postgresql://" + missing.user() + password + "@" + missing.host() + ":" + missing.port() + "/"
        + missing.database();
    try {
      DatabaseLocator.Located located = DatabaseLocator.locate(ServerConfig.from(Map.of("CHORUS_DATABASE_URL", url)));

      assertEquals(missing, located.target());
      try (Sql sql = new Sql(missing)) {
        assertEquals(missing.database(), sql.text("SELECT current_database()"));
      }
    } finally {
      TestDatabases.drop(missing);
      TestDatabases.drop(existing);
    }
  }
}
