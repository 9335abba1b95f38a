package io.chorus.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chorus.server.db.DatabaseLocator;
import io.chorus.server.db.DatabaseTarget;
import java.util.List;
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
  @DisplayName("CHORUS_HTTP_LOOPS: one HTTP event loop per core unless set; zero, too many or words stop the node naming it")
  void httpLoops() {
    assertEquals(Runtime.getRuntime().availableProcessors(), ServerConfig.from(Map.of()).httpLoops());
    assertEquals(3, ServerConfig.from(Map.of("CHORUS_HTTP_LOOPS", "3")).httpLoops());
    for (String bad : List.of("0", "-2", "65", "two", "1.5")) {
      ConfigException e = assertThrows(ConfigException.class,
          () -> ServerConfig.from(Map.of("CHORUS_HTTP_LOOPS", bad)), bad);
      assertTrue(e.getMessage().contains("CHORUS_HTTP_LOOPS") && e.getMessage().contains(bad), e.getMessage());
    }
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

  @Test
  @DisplayName("Without CHORUS_CLUSTER_MEMBERS a node runs alone and serves no metrics")
  void aloneByDefault() {
    ServerConfig c = ServerConfig.from(Map.of());
    assertFalse(c.cluster().clustered());
    assertEquals("chorus", c.cluster().name());
    assertFalse(c.metrics().enabled());
  }

  @Test
  @DisplayName("Cluster members, this node's address, the cluster's name and the metrics port are read as given")
  void clusterSettings() {
    ServerConfig c = ServerConfig.from(Map.of(
        "CHORUS_CLUSTER_MEMBERS", "10.0.0.5:5701, 10.0.0.6:5701,[fd00::7]:5702",
        "CHORUS_CLUSTER_HOST", "10.0.0.5", "CHORUS_CLUSTER_PORT", "5701", "CHORUS_CLUSTER_NAME", "acme-prod",
        "CHORUS_EVENTBUS_PORT", "5801", "CHORUS_METRICS_PORT", "9100"));
    assertTrue(c.cluster().clustered());
    assertEquals(List.of(new ClusterConfig.Member("10.0.0.5", 5701), new ClusterConfig.Member("10.0.0.6", 5701),
        new ClusterConfig.Member("fd00::7", 5702)), c.cluster().members());
    assertEquals("[fd00::7]:5702", c.cluster().members().get(2).toString());
    assertEquals("10.0.0.5:5701", c.cluster().self());
    assertEquals("acme-prod", c.cluster().name());
    assertEquals(5801, c.cluster().eventBusPort());
    assertEquals(new MetricsConfig("127.0.0.1", 9100), c.metrics());
  }

  @Test
  @DisplayName("A cluster member without a port, or an odd cluster name, stops the node naming the variable")
  void badClusterSettings() {
    ConfigException member = assertThrows(ConfigException.class,
        () -> ServerConfig.from(Map.of("CHORUS_CLUSTER_MEMBERS", "10.0.0.5")));
    ConfigException name = assertThrows(ConfigException.class,
        () -> ServerConfig.from(Map.of("CHORUS_CLUSTER_NAME", "two words")));
    assertTrue(member.getMessage().contains("CHORUS_CLUSTER_MEMBERS"), member.getMessage());
    assertTrue(name.getMessage().contains("CHORUS_CLUSTER_NAME"), name.getMessage());
  }
}
